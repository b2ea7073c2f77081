import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { parkPosCartWorkflow } from "../../../../../workflows/park-pos-cart"
import { loadPosCart } from "../../../../utils/load-pos-cart"
import type { PosParkCartType } from "../../validators"

/** Parks an open sale, to be resumed later on any tablet of the store. */
export const POST = async (req: AssociateRequest<PosParkCartType>, res: MedusaResponse) => {
  await parkPosCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      stock_location_id: req.actingStore.stock_location_id!,
      note: req.validatedBody.note || null,
    },
  })
  res.json(await loadPosCart(req.scope, req.params.id))
}
