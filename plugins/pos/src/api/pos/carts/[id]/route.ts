import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { loadPosCart } from "../../../utils/load-pos-cart"

export const GET = async (req: AssociateRequest, res: MedusaResponse) => {
  res.json(await loadPosCart(req.scope, req.params.id))
}
