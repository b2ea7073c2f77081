import { defineMiddlewares } from "@medusajs/framework/http"
import { attributionReportAdminMiddlewares } from "./admin/reports/middlewares"
import { attributionPosMiddlewares } from "./pos/attributions/middlewares"
import { attributionReportPosMiddlewares } from "./pos/reports/middlewares"
import { sharedCartPosMiddlewares } from "./pos/shared-carts/middlewares"
import { touchpointMiddlewares } from "./pos/touchpoints/middlewares"
import { sharedCartStoreMiddlewares } from "./store/shared-carts/middlewares"

/**
 * /pos/* routes are staff-only: the stores plugin authenticates the associate and resolves the store they act for
 * before these run. /store/* routes are the shopper's. /admin/* routes are for admin users. Each area keeps its own
 * middlewares beside its routes.
 */
export default defineMiddlewares({
  routes: [
    ...sharedCartPosMiddlewares,
    ...touchpointMiddlewares,
    ...sharedCartStoreMiddlewares,
    ...attributionPosMiddlewares,
    ...attributionReportPosMiddlewares,
    ...attributionReportAdminMiddlewares,
  ],
})
