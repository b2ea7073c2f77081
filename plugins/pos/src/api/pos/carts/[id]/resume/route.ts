import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { resumePosCartWorkflow } from "../../../../../workflows/resume-pos-cart"
import { loadPosCart } from "../../../../utils/load-pos-cart"

/**
 * Takes a parked sale back (any associate of its store, on any tablet): the cart re-priced, and `changes`, what
 * moved while it was parked (empty: nothing).
 */
export const POST = async (req: AssociateRequest, res: MedusaResponse) => {
  const { result } = await resumePosCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      store: { code: req.actingStore.code, stock_location_id: req.actingStore.stock_location_id! },
    },
  })
  res.json({ ...(await loadPosCart(req.scope, req.params.id)), changes: result.changes })
}
