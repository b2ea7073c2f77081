import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { setPosCartCustomerWorkflow } from "../../../../../workflows/set-pos-cart-customer"
import { loadPosCart } from "../../../../utils/load-pos-cart"
import type { PosSetCustomerType } from "../../validators"

/** Attaches a customer: an existing one, or one found or created by email or phone. */
export const POST = async (req: AssociateRequest<PosSetCustomerType>, res: MedusaResponse) => {
  await setPosCartCustomerWorkflow(req.scope).run({ input: { cart_id: req.params.id, ...req.validatedBody } })
  res.json(await loadPosCart(req.scope, req.params.id))
}
