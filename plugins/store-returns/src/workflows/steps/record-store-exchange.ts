import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_RETURNS_MODULE } from "../../modules/store-returns"
import type StoreReturnsModuleService from "../../modules/store-returns/service"

export type RecordStoreExchangeStepInput = {
  store_return_id: string
  exchange_id: string
  amount_paid: number
  tenders: unknown[] | null
}

/**
 * Marks the claimed store return as the inbound half of an exchange: Medusa's exchange, what the shopper paid
 * for the difference and how. Undone by clearing those fields again.
 */
export const recordStoreExchangeStep = createStep(
  "record-store-exchange",
  async (input: RecordStoreExchangeStepInput, { container }) => {
    const service = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)
    await service.updateStoreReturns({
      id: input.store_return_id,
      exchange_id: input.exchange_id,
      exchange_amount_paid: input.amount_paid,
      exchange_tenders: input.tenders as any,
    })
    return new StepResponse({ id: input.store_return_id }, input.store_return_id)
  },
  async (storeReturnId, { container }) => {
    if (!storeReturnId) {
      return
    }
    const service = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)
    await service.updateStoreReturns({ id: storeReturnId, exchange_id: null, exchange_amount_paid: null, exchange_tenders: null })
  }
)
