import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { requireStorePickup } from "../../utils/require-store-pickup"
import { PosCollectPickup } from "./[id]/collect/validators"
import { PosStartPickupPreparation } from "./[id]/preparing/validators"
import { PosMarkPickupReady } from "./[id]/ready/validators"
import { PosGetPickupParams, PosListPickupsParams } from "./validators"
import { PosReportMissingItem } from "./[id]/missing-items/validators"

/**
 * /pos/pickups: the stores plugin already authenticated the associate and resolved the store they act for. The
 * queue lists that store's pickups only; a pickup of another store is refused before any /:id route runs.
 */
export const pickupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/pos/pickups",
    middlewares: [validateAndTransformQuery(PosListPickupsParams, { defaults: ["id"], isList: true })],
  },
  { matcher: "/pos/pickups/:id", middlewares: [requireStorePickup as any] },
  { matcher: "/pos/pickups/:id/*", middlewares: [requireStorePickup as any] },
  {
    method: ["GET"],
    matcher: "/pos/pickups/:id",
    middlewares: [validateAndTransformQuery(PosGetPickupParams, { defaults: ["id"], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/pos/pickups/:id/preparing",
    middlewares: [validateAndTransformBody(PosStartPickupPreparation)],
  },
  { method: ["POST"], matcher: "/pos/pickups/:id/ready", middlewares: [validateAndTransformBody(PosMarkPickupReady)] },
  { method: ["POST"], matcher: "/pos/pickups/:id/collect", middlewares: [validateAndTransformBody(PosCollectPickup)] },
  {
    method: ["POST"],
    matcher: "/pos/pickups/:id/missing-items",
    middlewares: [validateAndTransformBody(PosReportMissingItem)],
  },
]
