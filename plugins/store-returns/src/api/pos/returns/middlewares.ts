import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { PosCreateStoreReturn } from "./validators"

/** /pos/returns: any signed-in associate, into their acting store (checked by the route). */
export const storeReturnMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/pos/returns", middlewares: [validateAndTransformBody(PosCreateStoreReturn)] },
]
