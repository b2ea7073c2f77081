import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireStoreOrder } from "../../utils/require-store-order"
import { PosReceiptQuery } from "./validators"

/** The store guard and query validation for /pos/orders/*. */
export const orderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/pos/orders/:id/receipt",
    middlewares: [requireStoreOrder as any, validateAndTransformQuery(PosReceiptQuery, {})],
  },
]
