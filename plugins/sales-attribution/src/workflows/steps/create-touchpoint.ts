import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ContactChannel, TouchpointKind } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { touchpointExpiry } from "../../utils/touchpoint-window"

export const createTouchpointStepId = "create-touchpoint"

export type CreateTouchpointStepInput = {
  kind: TouchpointKind
  associate_id: string
  store_id: string
  customer_id?: string | null
  cart_id?: string | null
  contact?: ContactChannel | null
  note?: string | null
  occurred_at: Date | string
}

/** What callers need of the touchpoint written (dates as ISO strings: step outputs are serialized). */
export type CreatedTouchpoint = {
  id: string
  kind: TouchpointKind
  associate_id: string
  store_id: string
  customer_id: string | null
  cart_id: string | null
  contact: ContactChannel | null
  note: string | null
  occurred_at: string
  expires_at: string
}

/**
 * Writes a touchpoint that earns credit until `occurred_at` plus the attribution window (the option as it is
 * now). Undone by deleting it for good: nothing else points at it yet.
 */
export const createTouchpointStep = createStep(
  createTouchpointStepId,
  async (input: CreateTouchpointStepInput, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const occurredAt = new Date(input.occurred_at)
    const touchpoint = await service.createTouchpoints({
      kind: input.kind,
      associate_id: input.associate_id,
      store_id: input.store_id,
      customer_id: input.customer_id ?? null,
      cart_id: input.cart_id ?? null,
      contact: input.contact ?? null,
      note: input.note ?? null,
      occurred_at: occurredAt,
      expires_at: touchpointExpiry(occurredAt, service.options.attributionWindowDays),
    })
    const created: CreatedTouchpoint = {
      id: touchpoint.id,
      kind: touchpoint.kind,
      associate_id: touchpoint.associate_id,
      store_id: touchpoint.store_id,
      customer_id: touchpoint.customer_id ?? null,
      cart_id: touchpoint.cart_id ?? null,
      contact: touchpoint.contact ?? null,
      note: touchpoint.note ?? null,
      occurred_at: new Date(touchpoint.occurred_at).toISOString(),
      expires_at: new Date(touchpoint.expires_at).toISOString(),
    }
    return new StepResponse(created, touchpoint.id)
  },
  async (touchpointId, { container }) => {
    if (!touchpointId) {
      return
    }
    await container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE).deleteTouchpoints([touchpointId])
  }
)
