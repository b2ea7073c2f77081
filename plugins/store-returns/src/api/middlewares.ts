import { defineMiddlewares } from "@medusajs/framework/http"
import { orderLookupMiddlewares } from "./pos/orders/middlewares"
import { storeExchangeMiddlewares } from "./pos/exchanges/middlewares"
import { storeReturnMiddlewares } from "./pos/returns/middlewares"
import { storeCreditMiddlewares } from "./store-credit-middlewares"
import { storeRecordRoutesMiddlewares } from "./store/middlewares"

/**
 * /pos/* routes are staff-only: the stores plugin authenticates the associate and resolves the store they act for
 * before these run. /store/* routes are the shopper's (publishable key, customer auth where a route says so).
 * /admin/* routes are for admin users (Medusa's /admin middleware requires one; /admin/orders/:id/store-returns
 * takes no parameters). Each area keeps its own middlewares beside its routes.
 */
export default defineMiddlewares({
  routes: [
    ...orderLookupMiddlewares,
    ...storeReturnMiddlewares,
    ...storeExchangeMiddlewares,
    ...storeRecordRoutesMiddlewares,
    ...storeCreditMiddlewares,
  ],
})
