import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLICK_COLLECT_MODULE } from "../../modules/click-collect"
import type ClickCollectModuleService from "../../modules/click-collect/service"

export type CreatePickupStepInput = { placed_at: Date }

/** A new pickup, `placed`, with the first line of its timeline. Undone by deleting both. */
export const createPickupStep = createStep(
  "create-pickup",
  async (input: CreatePickupStepInput, { container }) => {
    const clickCollect = container.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
    const pickup = await clickCollect.createPickups({ status: "placed", placed_at: input.placed_at })
    await clickCollect.createPickupEvents({ pickup_id: pickup.id, type: "placed", note: null, actor_id: null })
    return new StepResponse(pickup, pickup.id)
  },
  async (pickupId, { container }) => {
    if (!pickupId) {
      return
    }
    const clickCollect = container.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
    // A hard delete: a pickup that never was shouldn't linger in the store's queue, even soft-deleted.
    await clickCollect.deletePickups(pickupId)
  }
)
