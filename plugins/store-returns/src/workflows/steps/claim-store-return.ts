import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundMethod } from "../../constants"
import { STORE_RETURNS_MODULE } from "../../modules/store-returns"
import type StoreReturnsModuleService from "../../modules/store-returns/service"

export type ClaimStoreReturnStepInput = {
  idempotency_key: string
  request_hash: string
  order_id: string
  location_id: string
  refund_method: RefundMethod
  currency_code: string
}

/** What a second request with a claimed key is told; the route then waits for the first one's result. */
export const KEY_ALREADY_CLAIMED = "This Idempotency-Key is already being used by another store return"

/**
 * Claims the tablet's Idempotency-Key before anything else is written: the key is unique in the database, so of
 * five identical requests racing, one gets the claim and the others wait for its result. Undone by deleting the
 * claim, so a failed return can be tried again with the same key.
 */
export const claimStoreReturnStep = createStep(
  "claim-store-return",
  async (input: ClaimStoreReturnStepInput, { container }) => {
    const service = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)
    try {
      const claim = await service.createStoreReturns({ ...input, status: "processing" })
      return new StepResponse({ id: claim.id }, claim.id)
    } catch (error) {
      const [existing] = await service.listStoreReturns({ idempotency_key: input.idempotency_key }, { take: 1 })
      if (existing) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, KEY_ALREADY_CLAIMED)
      }
      throw error
    }
  },
  async (claimId, { container }) => {
    if (!claimId) {
      return
    }
    // Hard delete: the unique index only spares soft-deleted rows, and a retry must be able to claim the key again.
    const service = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)
    await service.deleteStoreReturns(claimId)
  }
)
