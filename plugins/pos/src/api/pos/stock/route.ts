import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { lookUpStock } from "../../utils/stock-lookup"
import type { PosGetStockParamsType } from "./validators"

/** "Do you have it in my size?": stock here, at nearby stores (nearest first) and at the warehouse. */
export const GET = async (req: AssociateRequest<unknown, PosGetStockParamsType>, res: MedusaResponse) => {
  const { variant_id, sku, barcode } = req.validatedQuery
  const reference = variant_id
    ? { field: "id" as const, value: variant_id }
    : sku
      ? { field: "sku" as const, value: sku }
      : { field: "barcode" as const, value: barcode! }
  res.json(await lookUpStock(req.scope, reference, req.actingStore.id))
}
