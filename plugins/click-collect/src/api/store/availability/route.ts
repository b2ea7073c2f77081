import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { readStoreAvailability } from "../../utils/store-availability"
import type { StoreGetAvailabilityParamsType } from "./validators"

/**
 * "Is it at my store?": for each variant, the units each pickup store of the key's channel can promise, whether
 * they can be collected today, and the warehouse's units; nearest stores first when `lat`/`lng` are given.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetAvailabilityParamsType>, res: MedusaResponse) => {
  const { variant_ids, lat, lng, at } = req.validatedQuery
  res.json(
    await readStoreAvailability(req.scope, {
      selector: { variantIds: variant_ids },
      salesChannelIds: req.publishable_key_context.sales_channel_ids,
      from: lat !== undefined && lng !== undefined ? { latitude: lat, longitude: lng } : undefined,
      at: at ? new Date(at) : new Date(),
    })
  )
}
