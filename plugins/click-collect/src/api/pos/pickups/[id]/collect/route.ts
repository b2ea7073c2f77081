import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { parsePickupQrPayload } from "../../../../../utils/pickup-code"
import { collectPickupWorkflow } from "../../../../../workflows/collect-pickup"
import { loadPickupDetail } from "../../../../utils/pickup-queue"
import type { PosCollectPickupType } from "./validators"

/**
 * The hand-over: the shopper's code (typed, or scanned as a QR) is checked and the pickup collected. A wrong
 * code is counted and answered 400 with the tries left; once checks lock, every try is answered 429 until the
 * lock ends. Medusa maps no error type to 429, so the workflow reports the outcome and this route answers it.
 */
export const POST = async (req: AssociateRequest<PosCollectPickupType>, res: MedusaResponse) => {
  const { code, qr } = req.validatedBody
  let given = code
  if (qr !== undefined) {
    const scanned = parsePickupQrPayload(qr)
    if (!scanned) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This QR code isn't a Passerelle pickup code")
    }
    if (scanned.pickup_id !== req.params.id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `This QR code is for another pickup (${scanned.pickup_id})`)
    }
    given = scanned.code
  }
  const { result } = await collectPickupWorkflow(req.scope).run({
    input: { pickup_id: req.params.id, code: given!, associate_id: req.associate.id },
  })
  if (result.collected) {
    res.json({ pickup: await loadPickupDetail(req.scope, req.params.id) })
    return
  }
  if (result.locked_until) {
    const until = new Date(result.locked_until)
    res.status(429).json({
      type: "too_many_attempts",
      message: `${result.just_locked ? "Wrong code. " : ""}Too many wrong codes: code checks on this pickup are locked until ${until.toISOString()}`,
      locked_until: until.toISOString(),
    })
    return
  }
  res.status(400).json({
    type: "invalid_data",
    message: `Wrong code: ${result.attempts_left} ${result.attempts_left === 1 ? "try" : "tries"} left`,
    attempts_left: result.attempts_left,
  })
}
