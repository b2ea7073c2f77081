import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  PosCreateCustomerNote,
  PosGetCustomerParams,
  PosSearchCustomersParams,
  PosSetCustomerPreferences,
} from "./validators"

/**
 * Validators for /pos/customers/* (customer 360). Who may call them is the stores plugin's /pos/* rule: an active
 * associate's token, acting for one of their stores (req.associate, req.actingStore). Any associate may look a
 * customer up; what they see of them is the customer's consent's business (see customer360View). No `fields`
 * parameter: the routes decide what leaves, never the caller.
 */
export const customerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/pos/customers",
    middlewares: [validateAndTransformQuery(PosSearchCustomersParams, { defaults: ["id"], isList: true })],
  },
  {
    method: ["GET"],
    matcher: "/pos/customers/:id",
    middlewares: [validateAndTransformQuery(PosGetCustomerParams, { defaults: ["id"], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/pos/customers/:id/notes",
    middlewares: [validateAndTransformBody(PosCreateCustomerNote)],
  },
  {
    method: ["POST"],
    matcher: "/pos/customers/:id/preferences",
    middlewares: [
      validateAndTransformBody(PosSetCustomerPreferences),
      validateAndTransformQuery(PosGetCustomerParams, { defaults: ["id"], isList: false }),
    ],
  },
]
