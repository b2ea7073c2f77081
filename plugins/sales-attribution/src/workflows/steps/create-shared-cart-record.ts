import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { sharedCartExpiry } from "../../utils/touchpoint-window"

export const createSharedCartRecordStepId = "create-shared-cart-record"

export type CreateSharedCartRecordStepInput = {
  /** The SHA-256 of the token: the token itself never reaches a workflow. */
  token_hash: string
  cart_id: string
  touchpoint_id: string
  /** When it was shared: the link opens until this plus the `sharedCartTtlDays` option. */
  at: Date | string
}

export type CreatedSharedCart = { id: string; cart_id: string; touchpoint_id: string; expires_at: string }

/** Records the shared cart under its token's hash. Undone by deleting it for good, so the cart can be shared again. */
export const createSharedCartRecordStep = createStep(
  createSharedCartRecordStepId,
  async (input: CreateSharedCartRecordStepInput, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const shared = await service.createSharedCarts({
      token_hash: input.token_hash,
      cart_id: input.cart_id,
      touchpoint_id: input.touchpoint_id,
      expires_at: sharedCartExpiry(input.at, service.options.sharedCartTtlDays),
    })
    const created: CreatedSharedCart = {
      id: shared.id,
      cart_id: shared.cart_id,
      touchpoint_id: input.touchpoint_id,
      expires_at: new Date(shared.expires_at).toISOString(),
    }
    return new StepResponse(created, shared.id)
  },
  async (sharedCartId, { container }) => {
    if (!sharedCartId) {
      return
    }
    // Hard delete: a share that failed leaves no trace, and the cart can be shared again.
    await container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE).deleteSharedCarts([sharedCartId])
  }
)
