import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  emitEventStep,
  releaseLockStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { PickupEvents, PickupNotificationTemplates } from "../constants"
import { issuePickupCodeStep } from "./steps/issue-pickup-code"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"
import { shopperNotification } from "./utils/shopper-notification"

export type MarkPickupReadyWorkflowInput = { pickup_id: string; associate_id: string }

/**
 * The parcel is packed and on the pickup shelf: `preparing` (or straight from `placed`) `→ ready`.
 * 1. a pickup code is drawn: the pickup keeps its hash and hint, and is held until now + holdDays;
 * 2. Medusa's fulfilment is created at the store for what is left to hand over (the reservations become the
 *    fulfilment, as for any shipped order);
 * 3. `click-collect.pickup.ready` is emitted and the shopper is sent the code and its QR payload.
 * The response leaves the code out: it is the shopper's proof at the counter, staff only see the hint. The
 * notification goes last because a sent email can't be taken back; everything before it undoes itself.
 */
export const markPickupReadyWorkflow = createWorkflow("mark-pickup-ready", (input: MarkPickupReadyWorkflowInput) => {
  acquireLockStep({ key: input.pickup_id, timeout: 2, ttl: 30 })
  const found = readPickupOrderStep({ pickup_id: input.pickup_id })
  const issued = issuePickupCodeStep({ pickup_id: input.pickup_id })

  const transition = transform({ input, issued }, ({ input, issued }) => ({
    pickup_id: input.pickup_id,
    from: ["placed" as const, "preparing" as const],
    to: "ready" as const,
    fields: {
      code_hash: issued.code_hash,
      code_hint: issued.code_hint,
      ready_at: new Date(issued.ready_at),
      hold_until: new Date(issued.hold_until),
      failed_code_attempts: 0,
      code_locked_until: null,
    },
    event: { type: "ready" as const, actor_id: input.associate_id },
  }))
  const pickup = transitionPickupStep(transition)

  const fulfillmentInput = transform({ input, found }, ({ input, found }) => ({
    order_id: found.order_id,
    location_id: found.stock_location.id,
    created_by: input.associate_id,
    // The shopper hears from us (the ready notification), not from a generic "shipped" email.
    no_notification: true,
    items: found.items.map((item) => ({ id: item.id, quantity: item.remaining })),
  }))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })

  const event = transform({ found }, ({ found }) => ({
    eventName: PickupEvents.READY,
    data: { id: found.pickup_id, order_id: found.order_id },
  }))
  emitEventStep(event)

  const notification = transform({ found, issued }, ({ found, issued }) =>
    shopperNotification(found, PickupNotificationTemplates.READY, {
      code: issued.code,
      qr: issued.qr,
      hold_until: issued.hold_until,
    })
  )
  sendNotificationsStep(notification)
  releaseLockStep({ key: input.pickup_id })

  return new WorkflowResponse(
    transform({ pickup, fulfillment }, ({ pickup, fulfillment }) => ({
      pickup_id: pickup.id,
      status: pickup.status,
      code_hint: pickup.code_hint,
      ready_at: pickup.ready_at,
      hold_until: pickup.hold_until,
      fulfillment_id: fulfillment.id,
    }))
  )
})
