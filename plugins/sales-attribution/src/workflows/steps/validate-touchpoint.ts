import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ContactChannel } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { earliestTouchpointAt } from "../../utils/touchpoint-window"

export const validateTouchpointStepId = "validate-touchpoint"

export type ValidateTouchpointStepInput = {
  kind: "assisted" | "appointment"
  customer_id: string
  contact?: ContactChannel | null
  occurred_at: Date | string
  at: Date | string
}

/**
 * A contact can be recorded for a known customer (else 404), with how it happened when it was an assisted contact,
 * and at a time that is not in the future nor so long ago that it would already have expired (400).
 */
export const validateTouchpointStep = createStep(
  validateTouchpointStepId,
  async (input: ValidateTouchpointStepInput, { container }) => {
    if (input.kind === "assisted" && !input.contact) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Say how the customer was helped: contact is required for an assisted touchpoint"
      )
    }
    const occurredAt = new Date(input.occurred_at)
    const at = new Date(input.at)
    if (Number.isNaN(occurredAt.getTime())) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "occurred_at must be a date and time")
    }
    if (occurredAt.getTime() > at.getTime()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `occurred_at ${occurredAt.toISOString()} is in the future: record a contact once it has happened`
      )
    }
    const { attributionWindowDays } = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE).options
    if (occurredAt.getTime() < earliestTouchpointAt(at, attributionWindowDays).getTime()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `occurred_at ${occurredAt.toISOString()} is more than ${attributionWindowDays} days ago: it is outside the attribution window and could earn no credit`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [customer],
    } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: input.customer_id } })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer ${input.customer_id}`)
    }
    return new StepResponse(undefined)
  }
)
