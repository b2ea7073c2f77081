import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { setPosCartDeliveryWorkflow } from "../../../../../workflows/set-pos-cart-delivery"
import { loadPosCart } from "../../../../utils/load-pos-cart"
import type { PosSetDeliveryType } from "../../validators"

/** Endless aisle: ship the sale home from another location (the warehouse, another store) that has the goods. */
export const POST = async (req: AssociateRequest<PosSetDeliveryType>, res: MedusaResponse) => {
  const { result } = await setPosCartDeliveryWorkflow(req.scope).run({
    input: { cart_id: req.params.id, ...req.validatedBody },
  })
  res.json({ ...(await loadPosCart(req.scope, req.params.id)), delivery: result })
}
