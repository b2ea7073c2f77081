import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { loadPosCart } from "../../../../../utils/load-pos-cart"
import type { PosUpdateLineItemType } from "../../../validators"

/** Changes a line's quantity; 0 removes it. */
export const POST = async (req: AssociateRequest<PosUpdateLineItemType>, res: MedusaResponse) => {
  const { quantity } = req.validatedBody
  if (quantity === 0) {
    await deleteLineItemsWorkflow(req.scope).run({ input: { cart_id: req.params.id, ids: [req.params.line_id] } })
  } else {
    await updateLineItemInCartWorkflow(req.scope).run({
      input: { cart_id: req.params.id, item_id: req.params.line_id, update: { quantity } },
    })
  }
  res.json(await loadPosCart(req.scope, req.params.id))
}

export const DELETE = async (req: AssociateRequest, res: MedusaResponse) => {
  await deleteLineItemsWorkflow(req.scope).run({ input: { cart_id: req.params.id, ids: [req.params.line_id] } })
  res.json(await loadPosCart(req.scope, req.params.id))
}
