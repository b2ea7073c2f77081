import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLICK_COLLECT_MODULE } from "../../modules/click-collect"
import type ClickCollectModuleService from "../../modules/click-collect/service"

export type FindDuePickupsStepInput = { now: string }

export type DuePickups = {
  /** Ready pickups whose hold has ended. */
  to_expire: string[]
  /** Ready pickups within reminderHoursBeforeExpiry of the end of their hold, not reminded yet (and not expiring now). */
  to_remind: string[]
}

/**
 * The ready pickups the clock has caught up with. Both reads go through the partial index on hold_until
 * (status = 'ready'), so the job stays cheap however long the history of pickups grows.
 */
export const findDuePickupsStep = createStep(
  "find-due-pickups",
  async ({ now }: FindDuePickupsStepInput, { container }) => {
    const clickCollect = container.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
    const at = new Date(now)
    const remindFrom = new Date(at.getTime() + clickCollect.options.reminderHoursBeforeExpiry * 3600_000)
    const due = await clickCollect.listPickups(
      { status: "ready", hold_until: { $lte: remindFrom } },
      { select: ["id", "hold_until", "reminded_at"], order: { hold_until: "ASC" } }
    )
    const result: DuePickups = {
      to_expire: due.filter((p) => new Date(p.hold_until as any) <= at).map((p) => p.id),
      to_remind: due.filter((p) => new Date(p.hold_until as any) > at && !p.reminded_at).map((p) => p.id),
    }
    return new StepResponse(result)
  }
)
