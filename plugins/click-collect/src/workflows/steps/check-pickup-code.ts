import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAX_PICKUP_CODE_ATTEMPTS, PICKUP_CODE_LOCK_MINUTES } from "../../constants"
import { CLICK_COLLECT_MODULE } from "../../modules/click-collect"
import type ClickCollectModuleService from "../../modules/click-collect/service"
import { pickupCodeMatches } from "../../utils/pickup-code"

export type CheckPickupCodeStepInput = { pickup_id: string; code: string; actor_id: string }

export type PickupCodeCheck =
  | { outcome: "match" }
  /** A wrong code, counted; `attempts_left` before the lock. */
  | { outcome: "wrong"; attempts_left: number }
  /** Checks are locked until `locked_until`: `just_locked` when this wrong code set the lock. */
  | { outcome: "locked"; locked_until: string; just_locked: boolean }

/**
 * Checks a code given at the counter against a ready pickup. A wrong code is counted here and stays counted: the
 * step answers instead of throwing, so the workflow completes and nothing compensates the count away. The
 * `MAX_PICKUP_CODE_ATTEMPTS`th wrong code locks checks for `PICKUP_CODE_LOCK_MINUTES` (timeline `code_locked`)
 * and starts the count again; while locked, no code is even compared. Undone (should a later step fail) by
 * restoring the count and lock and removing the timeline line.
 */
export const checkPickupCodeStep = createStep(
  "check-pickup-code",
  async (input: CheckPickupCodeStepInput, { container }) => {
    const clickCollect = container.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
    const pickup = await clickCollect.retrievePickup(input.pickup_id, {
      select: ["id", "status", "code_hash", "failed_code_attempts", "code_locked_until"],
    })
    if (pickup.status !== "ready") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This pickup is ${pickup.status}: only a ready pickup can be collected`
      )
    }
    const now = new Date()
    const lockedUntil = pickup.code_locked_until ? new Date(pickup.code_locked_until) : null
    if (lockedUntil && lockedUntil > now) {
      return new StepResponse<PickupCodeCheck>({ outcome: "locked", locked_until: lockedUntil.toISOString(), just_locked: false })
    }
    if (pickupCodeMatches(pickup.id, input.code, pickup.code_hash)) {
      return new StepResponse<PickupCodeCheck>({ outcome: "match" })
    }

    const previous = { id: pickup.id, failed_code_attempts: pickup.failed_code_attempts, code_locked_until: pickup.code_locked_until }
    const failed = (pickup.failed_code_attempts ?? 0) + 1
    if (failed < MAX_PICKUP_CODE_ATTEMPTS) {
      await clickCollect.updatePickups({ id: pickup.id, failed_code_attempts: failed })
      return new StepResponse<PickupCodeCheck, any>(
        { outcome: "wrong", attempts_left: MAX_PICKUP_CODE_ATTEMPTS - failed },
        { previous }
      )
    }
    const until = new Date(now.getTime() + PICKUP_CODE_LOCK_MINUTES * 60 * 1000)
    await clickCollect.updatePickups({ id: pickup.id, failed_code_attempts: 0, code_locked_until: until })
    const event = await clickCollect.createPickupEvents({
      pickup_id: pickup.id,
      type: "code_locked",
      actor_id: input.actor_id,
      note: `${MAX_PICKUP_CODE_ATTEMPTS} wrong codes: code checks locked until ${until.toISOString()}`,
    })
    return new StepResponse<PickupCodeCheck, any>(
      { outcome: "locked", locked_until: until.toISOString(), just_locked: true },
      { previous, event_id: event.id }
    )
  },
  async (undo: { previous: Record<string, unknown> & { id: string }; event_id?: string } | undefined, { container }) => {
    if (!undo) {
      return
    }
    const clickCollect = container.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
    if (undo.event_id) {
      await clickCollect.deletePickupEvents(undo.event_id)
    }
    await clickCollect.updatePickups(undo.previous as any)
  }
)
