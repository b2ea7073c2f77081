import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReturnSource } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

export type ClaimAttributionReturnStepInput = {
  return_id: string
  order_id: string
  source: ReturnSource
  /** The credit taken back, in major units (positive). */
  amount: number
  occurred_at: string
}

/** The return's reversal claim, and whether this run wrote it (false: the other event already did). */
export type ClaimedAttributionReturn = { id: string | null; created: boolean }

/**
 * Claims a return for reversal (null: nothing to reverse). A store return is reported by two events; `return_id`
 * is unique, so only the first run claims it and the second writes nothing. Undone by a hard delete, so a retry can
 * claim the return again.
 */
export const claimAttributionReturnStep = createStep(
  "claim-attribution-return",
  async (input: ClaimAttributionReturnStepInput | null, { container }) => {
    if (!input) {
      return new StepResponse<ClaimedAttributionReturn, string | null>({ id: null, created: false }, null)
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const existing = async () => (await service.listAttributionReturns({ return_id: input.return_id }, { take: 1 }))[0]
    const earlier = await existing()
    if (earlier) {
      return new StepResponse<ClaimedAttributionReturn, string | null>({ id: earlier.id, created: false }, null)
    }
    try {
      const claim = await service.createAttributionReturns({ ...input, occurred_at: new Date(input.occurred_at) })
      return new StepResponse<ClaimedAttributionReturn, string | null>({ id: claim.id, created: true }, claim.id)
    } catch (error) {
      const winner = await existing()
      if (winner) {
        return new StepResponse<ClaimedAttributionReturn, string | null>({ id: winner.id, created: false }, null)
      }
      throw error
    }
  },
  async (claimId, { container }) => {
    if (!claimId) {
      return
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    await service.deleteAttributionReturns(claimId)
  }
)
