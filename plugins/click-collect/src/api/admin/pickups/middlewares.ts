import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetPickupsParams } from "./validators"

/** /admin/pickups and /admin/orders/:id/pickup: Medusa's /admin middleware already requires a user. */
export const adminPickupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/pickups",
    middlewares: [validateAndTransformQuery(AdminGetPickupsParams, { defaults: ["id"], isList: false })],
  },
]
