import { authenticate, type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetMyStoreReturnsParams } from "./customers/me/store-returns/validators"

/**
 * The shopper's routes: Medusa's /store middleware already requires the publishable key; these also need a
 * signed-in customer (session or bearer), whose own orders are the only ones they see.
 */
export const storeRecordRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id/return-token",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/store-returns",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreGetMyStoreReturnsParams, { defaults: ["id"], isList: true }),
    ],
  },
]
