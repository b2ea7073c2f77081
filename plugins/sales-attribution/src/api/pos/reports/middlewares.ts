import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { PosAttributionReportQuery } from "./attribution/validators"

/**
 * GET /pos/reports/attribution: the associate's own figures, a manager's store. The stores plugin has already
 * authenticated the associate and resolved the acting store; the route scopes the figures by role.
 */
export const attributionReportPosMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/pos/reports/attribution",
    middlewares: [validateAndTransformQuery(PosAttributionReportQuery, {})],
  },
]
