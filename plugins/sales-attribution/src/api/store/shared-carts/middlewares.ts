import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { StoreClaimSharedCart } from "./validators"

/**
 * The shopper's side of a shared cart (Medusa's /store middleware already requires the publishable key):
 * - GET /store/shared-carts/:token: anyone with the link sees what is in it; a signed-in customer also learns
 *   whether it is already theirs;
 * - POST /store/shared-carts/:token/claim: a signed-in customer only (a guest gets 401), answered with the cart
 *   as Medusa's cart routes answer it (`fields` works the same).
 */
export const sharedCartStoreMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/shared-carts/:token",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  {
    method: ["POST"],
    matcher: "/store/shared-carts/:token/claim",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformBody(StoreClaimSharedCart),
      validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
    ],
  },
]
