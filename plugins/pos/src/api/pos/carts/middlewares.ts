import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireStoreCart } from "../../utils/require-store-cart"
import {
  PosAddLineItem,
  PosCompleteCart,
  PosCreateCart,
  PosListCartsParams,
  PosParkCart,
  PosPromotionCodes,
  PosResumeCart,
  PosSetCustomer,
  PosSetDelivery,
  PosUpdateLineItem,
} from "./validators"

/** Validators and the store guard for /pos/carts/*. */
export const cartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/pos/carts", middlewares: [validateAndTransformBody(PosCreateCart)] },
  {
    method: ["GET"],
    matcher: "/pos/carts",
    middlewares: [validateAndTransformQuery(PosListCartsParams, { defaults: ["id"], isList: true })],
  },
  { matcher: "/pos/carts/:id", middlewares: [requireStoreCart as any] },
  { matcher: "/pos/carts/:id/*", middlewares: [requireStoreCart as any] },
  { method: ["POST"], matcher: "/pos/carts/:id/line-items", middlewares: [validateAndTransformBody(PosAddLineItem)] },
  {
    method: ["POST"],
    matcher: "/pos/carts/:id/line-items/:line_id",
    middlewares: [validateAndTransformBody(PosUpdateLineItem)],
  },
  { method: ["POST"], matcher: "/pos/carts/:id/park", middlewares: [validateAndTransformBody(PosParkCart)] },
  { method: ["POST"], matcher: "/pos/carts/:id/resume", middlewares: [validateAndTransformBody(PosResumeCart)] },
  { method: ["POST"], matcher: "/pos/carts/:id/customer", middlewares: [validateAndTransformBody(PosSetCustomer)] },
  {
    method: ["POST", "DELETE"],
    matcher: "/pos/carts/:id/promotions",
    middlewares: [validateAndTransformBody(PosPromotionCodes)],
  },
  { method: ["POST"], matcher: "/pos/carts/:id/delivery", middlewares: [validateAndTransformBody(PosSetDelivery)] },
  { method: ["POST"], matcher: "/pos/carts/:id/complete", middlewares: [validateAndTransformBody(PosCompleteCart)] },
]
