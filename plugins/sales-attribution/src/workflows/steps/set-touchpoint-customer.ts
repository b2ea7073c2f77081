import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

export const setTouchpointCustomerStepId = "set-touchpoint-customer"

export type SetTouchpointCustomerStepInput = { touchpoint_id: string; customer_id: string }

/**
 * Gives a touchpoint its customer once known (a shared cart taken over by someone the associate had not named).
 * A customer already set is kept: the associate chose them. Undone by clearing what this step set.
 */
export const setTouchpointCustomerStep = createStep(
  setTouchpointCustomerStepId,
  async ({ touchpoint_id, customer_id }: SetTouchpointCustomerStepInput, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const touchpoint = await service.retrieveTouchpoint(touchpoint_id, { select: ["id", "customer_id"] })
    if (touchpoint.customer_id) {
      return new StepResponse({ id: touchpoint_id, customer_id: touchpoint.customer_id as string }, null)
    }
    await service.updateTouchpoints({ id: touchpoint_id, customer_id })
    return new StepResponse({ id: touchpoint_id, customer_id }, touchpoint_id)
  },
  async (setOn, { container }) => {
    if (!setOn) {
      return
    }
    await container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE).updateTouchpoints({
      id: setOn,
      customer_id: null,
    })
  }
)
