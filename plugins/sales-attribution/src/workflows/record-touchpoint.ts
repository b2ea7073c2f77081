import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ContactChannel } from "../constants"
import { SalesAttributionEvents } from "../constants"
import { createTouchpointStep } from "./steps/create-touchpoint"
import { validateTouchpointStep } from "./steps/validate-touchpoint"

export type RecordTouchpointWorkflowInput = {
  kind: "assisted" | "appointment"
  associate_id: string
  /** The store the associate acted for: the contact centre's for an e-seller. */
  store_id: string
  customer_id: string
  /** How it happened; required for an assisted contact. */
  contact?: ContactChannel | null
  note?: string | null
  /** When it happened; `at` when not given. */
  occurred_at?: Date | string | null
  /** Now, as the route saw it: `occurred_at` may not be later, nor older than the attribution window. */
  at: Date | string
}

/**
 * Records that an associate or an e-seller helped a customer (by phone, chat, email, video or in store) or met
 * them by appointment. The customer's online orders within the attribution window are credited by the rule.
 * Undone (the touchpoint deleted) if a later step fails.
 */
export const recordTouchpointWorkflow = createWorkflow("record-touchpoint", (input: RecordTouchpointWorkflowInput) => {
  const occurredAt = transform({ input }, ({ input }) => input.occurred_at ?? input.at)
  validateTouchpointStep({
    kind: input.kind,
    customer_id: input.customer_id,
    contact: input.contact,
    occurred_at: occurredAt,
    at: input.at,
  })
  const touchpoint = createTouchpointStep(
    transform({ input, occurredAt }, ({ input, occurredAt }) => ({
      kind: input.kind,
      associate_id: input.associate_id,
      store_id: input.store_id,
      customer_id: input.customer_id,
      contact: input.contact ?? null,
      note: input.note ?? null,
      occurred_at: occurredAt,
    }))
  )
  const event = transform({ touchpoint }, ({ touchpoint }) => ({
    id: touchpoint.id,
    kind: touchpoint.kind,
    associate_id: touchpoint.associate_id,
    store_id: touchpoint.store_id,
    customer_id: touchpoint.customer_id,
  }))
  emitEventStep({ eventName: SalesAttributionEvents.TOUCHPOINT_CREATED, data: event }).config({
    name: "emit-touchpoint-created",
  })
  return new WorkflowResponse(touchpoint)
})
