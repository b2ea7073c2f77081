import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { PosSearchBody } from "./validators"

/** Any associate, for the store they act for (the stores plugin authenticates every /pos route). */
export const posSearchMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/pos/search", middlewares: [validateAndTransformBody(PosSearchBody)] },
]
