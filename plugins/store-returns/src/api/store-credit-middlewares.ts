import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreApplyStoreCredit } from "./store/carts/[id]/store-credit/validators"
import { GetStoreCreditParams } from "./store/customers/me/store-credit/validators"

/**
 * Store credit routes. Shoppers' routes need a signed-in customer (Medusa's customer auth; the cart must be theirs,
 * checked in the workflow). The admin route is under /admin, authenticated by Medusa as an admin user.
 */
export const storeCreditMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/store-credit",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreApplyStoreCredit)],
  },
  {
    method: ["DELETE"],
    matcher: "/store/carts/:id/store-credit",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/store-credit",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(GetStoreCreditParams, { defaults: [], isList: false }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/store-credit",
    middlewares: [validateAndTransformQuery(GetStoreCreditParams, { defaults: [], isList: false })],
  },
]
