import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { PosRecordTouchpoint } from "./validators"

/**
 * POST /pos/touchpoints: any associate records a contact for the store they act for; e-sellers are associates of
 * the contact centre (a store profile with no pickup), so theirs are recorded for it. The stores plugin has already
 * authenticated the associate and resolved that store.
 */
export const touchpointMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/pos/touchpoints", middlewares: [validateAndTransformBody(PosRecordTouchpoint)] },
]
