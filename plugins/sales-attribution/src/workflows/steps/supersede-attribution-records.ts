import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

export type SupersedeAttributionRecordsStepInput = {
  record_ids: string[]
  override_id: string
  at: string
}

/**
 * Marks records as superseded by an override: they stay (the history is kept) but reports stop counting them.
 * Undone by clearing `superseded_at` and `superseded_by_override_id` on exactly those records.
 */
export const supersedeAttributionRecordsStep = createStep(
  "supersede-attribution-records",
  async (input: SupersedeAttributionRecordsStepInput, { container }) => {
    if (!input.record_ids.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    await service.updateAttributionRecords(
      input.record_ids.map((id) => ({ id, superseded_at: new Date(input.at), superseded_by_override_id: input.override_id }))
    )
    return new StepResponse(input.record_ids, input.record_ids)
  },
  async (recordIds, { container }) => {
    if (!recordIds?.length) {
      return
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    await service.updateAttributionRecords(
      recordIds.map((id) => ({ id, superseded_at: null, superseded_by_override_id: null }))
    )
  }
)
