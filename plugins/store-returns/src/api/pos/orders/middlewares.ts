import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PosOrderLookupParams } from "./lookup/validators"

/** /pos/orders/lookup: any signed-in associate (the stores plugin's /pos guard ran first). */
export const orderLookupMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/pos/orders/lookup", middlewares: [validateAndTransformQuery(PosOrderLookupParams, {})] },
]
