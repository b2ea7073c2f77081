import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminAttributionReportQuery } from "./attribution/validators"

/** GET /admin/reports/attribution: every store, channel and associate (Medusa's /admin middleware requires a user). */
export const attributionReportAdminMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/reports/attribution",
    middlewares: [validateAndTransformQuery(AdminAttributionReportQuery, {})],
  },
]
