import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listStoreDirectory } from "../../utils/store-directory"
import type { StoreGetStoresParamsType } from "./validators"

/**
 * The store directory: stores selling through the publishable key's sales channels, with address, hours and
 * whether they are open now; nearest first when `lat`/`lng` are given.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetStoresParamsType>, res: MedusaResponse) => {
  const { lat, lng, pickup, at, code, limit, offset } = req.validatedQuery
  const stores = await listStoreDirectory(req.scope, {
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    from: lat !== undefined && lng !== undefined ? { latitude: lat, longitude: lng } : undefined,
    at: at ? new Date(at) : new Date(),
    pickupOnly: pickup === true,
    code,
  })
  res.json({ stores: stores.slice(offset, offset + limit), count: stores.length, offset, limit })
}
