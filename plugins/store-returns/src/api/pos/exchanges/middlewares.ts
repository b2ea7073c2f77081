import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { PosCreateStoreExchange } from "./validators"

/** /pos/exchanges: any signed-in associate, in their acting store (checked by the route). */
export const storeExchangeMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/pos/exchanges", middlewares: [validateAndTransformBody(PosCreateStoreExchange)] },
]
