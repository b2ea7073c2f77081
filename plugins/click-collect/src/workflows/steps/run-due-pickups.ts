import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { expirePickupWorkflow } from "../expire-pickup"
import { remindPickupWorkflow } from "../remind-pickup"
import type { DuePickups } from "./find-due-pickups"

export type RunDuePickupsStepInput = DuePickups & { now: string }

export type DuePickupsRun = { reminded: string[]; expired: string[]; failed: { pickup_id: string; error: string }[] }

/**
 * Runs one workflow per due pickup, each its own transaction with its own lock and compensation, so one pickup
 * failing (a refund the provider refuses, a lock held by the counter) is logged and the others still go through;
 * the next run retries it. Nothing to undo here: every pickup's workflow has already undone its own failure.
 */
export const runDuePickupsStep = createStep(
  "run-due-pickups",
  async (input: RunDuePickupsStepInput, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const result: DuePickupsRun = { reminded: [], expired: [], failed: [] }
    const runEach = async (ids: string[], kind: "remind" | "expire") => {
      for (const pickup_id of ids) {
        const workflow = kind === "remind" ? remindPickupWorkflow(container) : expirePickupWorkflow(container)
        const { result: outcome, errors } = await workflow.run({
          input: { pickup_id, now: input.now },
          throwOnError: false,
        })
        if (errors?.length) {
          const error = errors.map((e) => e.error?.message ?? String(e.error)).join("; ")
          logger.error(`click-collect: couldn't ${kind} pickup ${pickup_id}: ${error}`)
          result.failed.push({ pickup_id, error })
        } else if (kind === "remind" && (outcome as { reminded: boolean }).reminded) {
          result.reminded.push(pickup_id)
        } else if (kind === "expire" && (outcome as { expired: boolean }).expired) {
          result.expired.push(pickup_id)
        }
      }
    }
    await runEach(input.to_expire, "expire")
    await runEach(input.to_remind, "remind")
    return new StepResponse(result)
  }
)
