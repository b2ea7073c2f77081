import { defineMiddlewares } from "@medusajs/framework/http"
import { posSearchMiddlewares } from "./pos/search/middlewares"
import { storeSearchMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [...storeSearchMiddlewares, ...posSearchMiddlewares],
})
