import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Beneficiary, RecordKind, RecordRule } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

/** One attribution record to write (amount signed, in major units). */
export type AttributionRecordToCreate = {
  order_attribution_id: string
  order_id: string
  kind: RecordKind
  return_id: string | null
  beneficiary: Beneficiary
  associate_id: string | null
  store_id: string | null
  sales_channel_id: string | null
  currency_code: string
  amount: number
  rule: RecordRule
  reason: string
  touchpoint_id: string | null
  occurred_at: string
  written_by_override_id: string | null
}

/**
 * Writes attribution records: an order's credits, a return's negative records, or an override's new records.
 * Undone by a hard delete of exactly the records written.
 */
export const createAttributionRecordsStep = createStep(
  "create-attribution-records",
  async (records: AttributionRecordToCreate[], { container }) => {
    if (!records.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const created = await service.createAttributionRecords(
      records.map((record) => ({ ...record, occurred_at: new Date(record.occurred_at) }))
    )
    const ids = created.map((record) => record.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    await service.deleteAttributionRecords(ids)
  }
)
