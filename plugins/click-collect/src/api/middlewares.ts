import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetAvailabilityParams } from "./store/availability/validators"
import { StoreGetProductAvailabilityParams } from "./store/products/[id]/availability/validators"

/**
 * Availability is public to shoppers: Medusa's /store middleware already requires a publishable key and puts its
 * sales channels in `req.publishable_key_context`, which decides the stores and products counted.
 */
export default defineMiddlewares({
  routes: [
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
