import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { readStoreAvailability } from "../../../../utils/store-availability"
import type { StoreGetProductAvailabilityParamsType } from "./validators"

/** The availability of every variant of a product, as `GET /store/availability` answers it (product page). */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreGetProductAvailabilityParamsType>,
  res: MedusaResponse
) => {
  const { lat, lng, at } = req.validatedQuery
  res.json({
    product_id: req.params.id,
    ...(await readStoreAvailability(req.scope, {
      selector: { productId: req.params.id },
      salesChannelIds: req.publishable_key_context.sales_channel_ids,
      from: lat !== undefined && lng !== undefined ? { latitude: lat, longitude: lng } : undefined,
      at: at ? new Date(at) : new Date(),
    })),
  })
}
