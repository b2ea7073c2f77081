import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_RETURNS_MODULE } from "../../modules/store-returns"
import type StoreReturnsModuleService from "../../modules/store-returns/service"
import type { StoreReturnLineInput } from "./validate-store-return"

export type RecordStoreReturnStepInput = {
  store_return_id: string
  return_id: string
  refund_amount: number
  override_reason: string | null
  override_by: string | null
  lines: (StoreReturnLineInput & { variant_id: string | null })[]
}

/**
 * Completes the claimed store return: Medusa's return, the refund owed, the manager's override if any, and each
 * line with its condition and reason. Undone by removing the lines and putting the claim back as it was.
 */
export const recordStoreReturnStep = createStep(
  "record-store-return",
  async (input: RecordStoreReturnStepInput, { container }) => {
    const service = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)
    const before = await service.retrieveStoreReturn(input.store_return_id)
    const lines = await service.createStoreReturnLines(
      input.lines.map((line) => ({
        store_return_id: input.store_return_id,
        line_item_id: line.line_item_id,
        variant_id: line.variant_id,
        quantity: line.quantity,
        condition: line.condition,
        return_reason_id: line.return_reason_id ?? null,
        note: line.note ?? null,
      }))
    )
    const updated = await service.updateStoreReturns({
      id: input.store_return_id,
      return_id: input.return_id,
      refund_amount: input.refund_amount,
      override_reason: input.override_reason,
      override_by: input.override_reason ? input.override_by : null,
      status: "completed",
      completed_at: new Date(),
    })
    return new StepResponse(
      { id: updated.id },
      {
        line_ids: lines.map((l) => l.id),
        previous: {
          id: before.id,
          return_id: before.return_id,
          refund_amount: before.refund_amount,
          override_reason: before.override_reason,
          override_by: before.override_by,
          status: before.status,
          completed_at: before.completed_at,
        },
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)
    await service.deleteStoreReturnLines(undo.line_ids)
    await service.updateStoreReturns(undo.previous as any)
  }
)
