import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AttributionRule } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

export type ClaimOrderAttributionStepInput = {
  order_id: string
  rule: AttributionRule
  reason: string
  placed_at: string
  sales_channel_id: string | null
  currency_code: string
  /** The credit base, in major units. */
  gross_amount: number
}

/** The order's attribution header, and whether this run wrote it (false: an earlier delivery of the event did). */
export type ClaimedOrderAttribution = { id: string; created: boolean }

/**
 * Writes the order's attribution header, the claim that makes the attribution idempotent: `order_id` is unique, so
 * when `order.placed` is delivered twice, the second run finds the first header (or loses the insert race) and
 * writes nothing more. Undone by a hard delete, so a retry can claim the order again.
 */
export const claimOrderAttributionStep = createStep(
  "claim-order-attribution",
  async (input: ClaimOrderAttributionStepInput, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const existing = async () => (await service.listOrderAttributions({ order_id: input.order_id }, { take: 1 }))[0]
    const earlier = await existing()
    if (earlier) {
      return new StepResponse<ClaimedOrderAttribution, string | null>({ id: earlier.id, created: false }, null)
    }
    try {
      const header = await service.createOrderAttributions({ ...input, placed_at: new Date(input.placed_at) })
      return new StepResponse<ClaimedOrderAttribution, string | null>({ id: header.id, created: true }, header.id)
    } catch (error) {
      const winner = await existing()
      if (winner) {
        return new StepResponse<ClaimedOrderAttribution, string | null>({ id: winner.id, created: false }, null)
      }
      throw error
    }
  },
  async (headerId, { container }) => {
    if (!headerId) {
      return
    }
    // Hard delete: the unique index only spares soft-deleted rows, and a retry must be able to claim the order again.
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    await service.deleteOrderAttributions(headerId)
  }
)
