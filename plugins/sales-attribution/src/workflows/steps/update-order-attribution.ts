import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AttributionRule } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

export type UpdateOrderAttributionStepInput = { id: string; rule: AttributionRule; reason: string }

/** Sets an attribution header's rule and reason (an override). Undone by restoring the rule and reason it had. */
export const updateOrderAttributionStep = createStep(
  "update-order-attribution",
  async (input: UpdateOrderAttributionStepInput, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const before = await service.retrieveOrderAttribution(input.id)
    await service.updateOrderAttributions({ id: input.id, rule: input.rule, reason: input.reason })
    return new StepResponse(
      { id: input.id },
      { id: input.id, rule: before.rule as AttributionRule, reason: before.reason }
    )
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    await service.updateOrderAttributions(before)
  }
)
