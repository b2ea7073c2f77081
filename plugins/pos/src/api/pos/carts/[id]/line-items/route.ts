import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { addPosCartItemWorkflow } from "../../../../../workflows/add-pos-cart-item"
import { loadPosCart } from "../../../../utils/load-pos-cart"
import type { PosAddLineItemType } from "../../validators"

/** Adds a line by barcode scan, SKU or variant id. */
export const POST = async (req: AssociateRequest<PosAddLineItemType>, res: MedusaResponse) => {
  const { quantity, ...reference } = req.validatedBody
  await addPosCartItemWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      sales_channel_id: req.actingStore.sales_channel_id!,
      reference,
      quantity,
    },
  })
  res.json(await loadPosCart(req.scope, req.params.id))
}
