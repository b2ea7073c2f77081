import type { MedusaResponse } from "@medusajs/framework/http"
import { PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { loadPosCart } from "../../../../utils/load-pos-cart"
import type { PosPromotionCodesType } from "../../validators"

/** Applies promotion codes with Medusa's promotion engine, exactly as a web cart would. */
export const POST = async (req: AssociateRequest<PosPromotionCodesType>, res: MedusaResponse) => {
  await updateCartPromotionsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, promo_codes: req.validatedBody.promo_codes, action: PromotionActions.ADD },
  })
  res.json(await loadPosCart(req.scope, req.params.id))
}

export const DELETE = async (req: AssociateRequest<PosPromotionCodesType>, res: MedusaResponse) => {
  await updateCartPromotionsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, promo_codes: req.validatedBody.promo_codes, action: PromotionActions.REMOVE },
  })
  res.json(await loadPosCart(req.scope, req.params.id))
}
