import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminPickupRoutesMiddlewares } from "./admin/pickups/middlewares"
import { pickupRoutesMiddlewares } from "./pos/pickups/middlewares"
import { StoreGetAvailabilityParams } from "./store/availability/validators"
import { StoreGetProductAvailabilityParams } from "./store/products/[id]/availability/validators"

/**
 * /admin/pickups and /admin/orders/:id/pickup are for admin users (Medusa's own /admin authentication).
 * /pos/pickups is staff-only: the stores plugin authenticates the associate and picks their store (see
 * pos/pickups/middlewares.ts). Availability is public to shoppers: Medusa's /store middleware already requires a publishable key and puts its
 * sales channels in `req.publishable_key_context`, which decides the stores and products counted.
 */
export default defineMiddlewares({
  routes: [
    ...pickupRoutesMiddlewares,
    ...adminPickupRoutesMiddlewares,
    {
      method: ["GET"],
      matcher: "/store/availability",
      middlewares: [validateAndTransformQuery(StoreGetAvailabilityParams, { defaults: ["id"], isList: false })],
    },
    {
      method: ["GET"],
      matcher: "/store/products/:id/availability",
      middlewares: [validateAndTransformQuery(StoreGetProductAvailabilityParams, { defaults: ["id"], isList: false })],
    },
  ],
})
