import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"

export const claimPosCheckoutStepId = "claim-pos-checkout"

/**
 * Claims the checkout of a cart under the tablet's Idempotency-Key. The key and the cart are each unique among
 * claims, so a second request with the same key, or a second tablet paying the same sale, fails here before
 * anything else is written. Undone by deleting the claim, so a failed sale can be paid again.
 */
export const claimPosCheckoutStep = createStep(
  claimPosCheckoutStepId,
  async (input: { idempotency_key: string; cart_id: string }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const checkout = await service.createPosCheckouts({ ...input, status: "processing" })
    return new StepResponse(checkout, checkout.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.deletePosCheckouts(id)
  }
)
