import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PosGetStockParams } from "./validators"

export const stockRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/pos/stock",
    middlewares: [validateAndTransformQuery(PosGetStockParams, { defaults: ["id"], isList: false })],
  },
]
