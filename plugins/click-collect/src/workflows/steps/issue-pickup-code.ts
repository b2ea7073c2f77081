import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLICK_COLLECT_MODULE } from "../../modules/click-collect"
import type ClickCollectModuleService from "../../modules/click-collect/service"
import { generatePickupCode, hashPickupCode, pickupCodeHint, pickupQrPayload } from "../../utils/pickup-code"

export type IssuedPickupCode = {
  /** The code itself: only the shopper's notification carries it on; the pickup keeps the hash. */
  code: string
  code_hash: string
  code_hint: string
  qr: string
  /** ISO strings: a step's output is stored serialized, so a Date wouldn't come back as one. */
  ready_at: string
  hold_until: string
}

/**
 * A fresh pickup code and the hold that starts with it (ready now, held for the plugin's holdDays). Generated in
 * a step, not a transform, so the hash stored and the code sent are one draw. Writes nothing.
 */
export const issuePickupCodeStep = createStep("issue-pickup-code", async ({ pickup_id }: { pickup_id: string }, { container }) => {
  const { holdDays } = container.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE).options
  const code = generatePickupCode()
  const readyAt = new Date()
  const issued: IssuedPickupCode = {
    code,
    code_hash: hashPickupCode(pickup_id, code),
    code_hint: pickupCodeHint(code),
    qr: pickupQrPayload(pickup_id, code),
    ready_at: readyAt.toISOString(),
    hold_until: new Date(readyAt.getTime() + holdDays * 24 * 60 * 60 * 1000).toISOString(),
  }
  return new StepResponse(issued)
})
