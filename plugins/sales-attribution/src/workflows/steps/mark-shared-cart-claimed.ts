import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { TAKEN_BY_ANOTHER } from "../../utils/shared-cart-claim"

export const markSharedCartClaimedStepId = "mark-shared-cart-claimed"

export type MarkSharedCartClaimedStepInput = { id: string; customer_id: string; at: Date | string }

type Before = { id: string; claimed_at: Date | null; claimed_by_customer_id: string | null }

/**
 * Records who took the shared cart over and when. Checked again here (a claim that raced this one may have won):
 * another customer's claim is never overwritten. Undone by writing back the fields as they were.
 */
export const markSharedCartClaimedStep = createStep(
  markSharedCartClaimedStepId,
  async ({ id, customer_id, at }: MarkSharedCartClaimedStepInput, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const shared = await service.retrieveSharedCart(id, { select: ["id", "claimed_at", "claimed_by_customer_id"] })
    if (shared.claimed_by_customer_id && shared.claimed_by_customer_id !== customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, TAKEN_BY_ANOTHER)
    }
    const before: Before = {
      id,
      claimed_at: shared.claimed_at ?? null,
      claimed_by_customer_id: shared.claimed_by_customer_id ?? null,
    }
    await service.updateSharedCarts({ id, claimed_at: new Date(at), claimed_by_customer_id: customer_id })
    return new StepResponse({ id, claimed_at: new Date(at).toISOString() }, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    await container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE).updateSharedCarts(before)
  }
)
