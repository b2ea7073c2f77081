import { defineMiddlewares } from "@medusajs/framework/http"
import { cartRoutesMiddlewares } from "./pos/carts/middlewares"
import { customerRoutesMiddlewares } from "./pos/customers/middlewares"
import { orderRoutesMiddlewares } from "./pos/orders/middlewares"
import { stockRoutesMiddlewares } from "./pos/stock/middlewares"

/**
 * The POS routes live under /pos, where the stores plugin already authenticates the associate and resolves the
 * store they act for (req.associate, req.actingStore). Each route family keeps its own middleware list.
 */
export default defineMiddlewares({
  routes: [
    ...cartRoutesMiddlewares,
    ...customerRoutesMiddlewares,
    ...orderRoutesMiddlewares,
    ...stockRoutesMiddlewares,
  ],
})
