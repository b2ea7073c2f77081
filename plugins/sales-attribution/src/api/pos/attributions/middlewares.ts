import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireManager } from "@passerelle/medusa-plugin-stores/api/utils/require-manager"
import { PosOverrideAttribution } from "./[order_id]/override/validators"

/**
 * GET /pos/attributions/:order_id: any signed-in associate (the route checks the order credits them, their store,
 * or the house account for a manager). POST /pos/attributions/:order_id/override: managers only (403 otherwise).
 */
export const attributionPosMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/pos/attributions/:order_id/override",
    middlewares: [requireManager as any, validateAndTransformBody(PosOverrideAttribution)],
  },
]
