import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findTakeAwayOption } from "./find-take-away-option"

export const requireTakeAwayOptionStepId = "require-take-away-option"

/** The store's take-away option, or a clear refusal naming the set-up the store is missing. */
export const requireTakeAwayOptionStep = createStep(
  requireTakeAwayOptionStepId,
  async ({ stock_location_id, store_code }: { stock_location_id: string; store_code: string }, { container }) => {
    const option = await findTakeAwayOption(container, stock_location_id)
    if (!option) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Store ${store_code} can't hand goods over yet: it has no take-away shipping option (run createStoreTakeAwayOptionWorkflow for it)`
      )
    }
    return new StepResponse(option)
  }
)
