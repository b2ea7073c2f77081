import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../modules/pos"
import type { POS_CART_STATUSES } from "../../modules/pos/models/pos-cart"
import type PosModuleService from "../../modules/pos/service"

export const setPosCartStatusStepId = "set-pos-cart-status"

type Status = (typeof POS_CART_STATUSES)[number]

/** Moves a POS sale to a new status; undone by restoring the status it had. */
export const setPosCartStatusStep = createStep(
  setPosCartStatusStepId,
  async ({ pos_cart_id, status }: { pos_cart_id: string; status: Status }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const before = await service.retrievePosCart(pos_cart_id)
    const updated = await service.updatePosCarts({ id: pos_cart_id, status })
    return new StepResponse(updated, { id: pos_cart_id, status: before.status as Status })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.updatePosCarts(previous)
  }
)
