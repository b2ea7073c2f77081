import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLICK_COLLECT_MODULE } from "../../modules/click-collect"
import type { PickupStatus } from "../../modules/click-collect/models/pickup"
import type { PickupEventType } from "../../modules/click-collect/models/pickup-event"
import type ClickCollectModuleService from "../../modules/click-collect/service"

/** The pickup columns a transition may set besides its status. */
export type PickupTransitionFields = Partial<{
  preparing_at: Date
  ready_at: Date
  hold_until: Date
  reminded_at: Date
  collected_at: Date
  collected_by: string | null
  expired_at: Date
  canceled_at: Date
  code_hash: string | null
  code_hint: string | null
  failed_code_attempts: number
  code_locked_until: Date | null
}>

export type TransitionPickupStepInput = {
  pickup_id: string
  /** Statuses the pickup may be in for this transition; anything else is refused with 400. */
  from: PickupStatus[]
  /** The new status; omit to record an event (reminder, missing item) without moving the pickup. */
  to?: PickupStatus
  fields?: PickupTransitionFields
  event: { type: PickupEventType; actor_id?: string | null; note?: string | null }
}

const RESTORABLE = [
  "status",
  "preparing_at",
  "ready_at",
  "hold_until",
  "reminded_at",
  "collected_at",
  "collected_by",
  "expired_at",
  "canceled_at",
  "code_hash",
  "code_hint",
  "failed_code_attempts",
  "code_locked_until",
] as const

/**
 * Moves a pickup along its lifecycle and writes the timeline line for it. Callers hold the pickup's lock
 * (acquireLockStep), so the status read here is still true when the update lands. Undone by restoring the
 * columns as they were and deleting the timeline line.
 */
export const transitionPickupStep = createStep(
  "transition-pickup",
  async (input: TransitionPickupStepInput, { container }) => {
    const clickCollect = container.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
    const [pickup] = await clickCollect.listPickups({ id: input.pickup_id }, { select: [...RESTORABLE, "id"] })
    if (!pickup) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pickup ${input.pickup_id}`)
    }
    if (!input.from.includes(pickup.status as PickupStatus)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This pickup is ${pickup.status}: it can't be ${describe(input)} (only when ${input.from.join(" or ")})`
      )
    }
    const previous = Object.fromEntries(RESTORABLE.map((key) => [key, (pickup as any)[key]]))
    const updated = await clickCollect.updatePickups({
      id: pickup.id,
      ...(input.to ? { status: input.to } : {}),
      ...(input.fields ?? {}),
    })
    const event = await clickCollect.createPickupEvents({
      pickup_id: pickup.id,
      type: input.event.type,
      actor_id: input.event.actor_id ?? null,
      note: input.event.note ?? null,
    })
    return new StepResponse(updated, { previous: { id: pickup.id, ...previous }, event_id: event.id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const clickCollect = container.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
    await clickCollect.deletePickupEvents(undo.event_id)
    await clickCollect.updatePickups(undo.previous as any)
  }
)

function describe(input: TransitionPickupStepInput): string {
  return input.to ? `marked ${input.to}` : `given a "${input.event.type.replace("_", " ")}" entry`
}
