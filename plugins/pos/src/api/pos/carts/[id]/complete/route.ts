import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { IDEMPOTENCY_KEY_HEADER } from "../../../../../constants"
import { completePosSaleWorkflow } from "../../../../../workflows/complete-pos-sale"
import { findPosCheckout, waitForPosCheckout } from "../../../../utils/pos-checkout-replay"
import { buildPosReceipt } from "../../../../utils/pos-receipt"
import type { PosCompleteCartType } from "../../validators"

/**
 * Takes payment and hands the sale over. The tablet sends an Idempotency-Key per payment attempt: replaying it
 * (a double tap, a retry after a timeout) returns the first attempt's receipt and never makes a second order.
 */
export const POST = async (req: AssociateRequest<PosCompleteCartType>, res: MedusaResponse) => {
  const key = String(req.headers[IDEMPOTENCY_KEY_HEADER] ?? "").trim()
  if (!key || key.length > 255) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Send an Idempotency-Key header (1 to 255 characters, a new one per payment attempt) so a double tap can't charge twice"
    )
  }
  const cartId = req.params.id
  const replay = async () => {
    const checkout = await waitForPosCheckout(req.scope, key, cartId)
    res.setHeader("Idempotent-Replayed", "true")
    res.status(200).json({ order_id: checkout.order_id, receipt: await buildPosReceipt(req.scope, checkout.order_id) })
  }
  if (await findPosCheckout(req.scope, key)) {
    return replay()
  }
  const store = req.actingStore
  try {
    const { result } = await completePosSaleWorkflow(req.scope).run({
      input: {
        cart_id: cartId,
        idempotency_key: key,
        store: { id: store.id, code: store.code, stock_location_id: store.stock_location_id! },
        associate_id: req.associate.id,
        payments: req.validatedBody.payments,
      },
    })
    res.status(201).json({ order_id: result.order_id, receipt: await buildPosReceipt(req.scope, result.order_id) })
  } catch (error) {
    // Lost the race for the key to a parallel request: answer with that request's result.
    if (await findPosCheckout(req.scope, key)) {
      return replay()
    }
    throw error
  }
}
