import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { PosCreateSharedCart } from "./validators"

/**
 * POST /pos/shared-carts: any associate shares a cart of the store they act for (the workflow refuses another
 * store's cart with 403). The stores plugin has already authenticated the associate and resolved that store.
 */
export const sharedCartPosMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/pos/shared-carts", middlewares: [validateAndTransformBody(PosCreateSharedCart)] },
]
