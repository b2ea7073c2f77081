import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { NOT_VALID } from "../../utils/shared-cart-claim"

export const locateSharedCartStepId = "locate-shared-cart"

/**
 * The cart a shared-cart link points to, so the claim can lock it (the till resuming the same sale takes the same
 * lock). An unknown link is refused here (404); every other check runs under the lock.
 */
export const locateSharedCartStep = createStep(
  locateSharedCartStepId,
  async ({ token_hash }: { token_hash: string }, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const [shared] = await service.listSharedCarts({ token_hash }, { select: ["cart_id"], take: 1 })
    if (!shared) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_VALID)
    }
    return new StepResponse({ cart_id: shared.cart_id })
  }
)
