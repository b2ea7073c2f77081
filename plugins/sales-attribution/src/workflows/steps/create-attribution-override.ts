import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

export type CreateAttributionOverrideStepInput = {
  order_id: string
  reason: string
  actor_type: "associate" | "user"
  actor_id: string
  store_id: string | null
  /** The header and active records before the override. */
  previous: Record<string, unknown>
  /** What the manager asked for. */
  assignment: Record<string, unknown>
}

/** Writes the audit row of an override: who, why, what the credit was, what was asked. Undone by a hard delete. */
export const createAttributionOverrideStep = createStep(
  "create-attribution-override",
  async (input: CreateAttributionOverrideStepInput, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const override = await service.createAttributionOverrides(input)
    return new StepResponse({ id: override.id }, override.id)
  },
  async (overrideId, { container }) => {
    if (!overrideId) {
      return
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    await service.deleteAttributionOverrides(overrideId)
  }
)
