import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  emitEventStep,
  releaseLockStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { PickupEvents, PickupNotificationTemplates } from "../constants"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"
import { shopperNotification } from "./utils/shopper-notification"

export type ExpirePickupWorkflowInput = {
  pickup_id: string
  /** The job's clock (ISO 8601); tests move it. */
  now: string
}

/**
 * Ends the hold of a ready parcel nobody came for: the ready fulfilment is canceled (Medusa puts the units back in
 * stock at the store and reserves them again), then the order (Medusa deletes the reservations and refunds the
 * captured payment), the pickup becomes expired and the shopper is told. Emits `click-collect.pickup.expired`.
 *
 * Steps are ordered by how far they can be undone: the pickup's own transition first; then Medusa's fulfilment
 * cancel, whose last step (the fulfilment provider's cancel) has no compensation; then the order cancel, whose refund
 * has none either; the notification, which can't be unsent, last. A pickup no longer ready or not yet due (another
 * run got there first) is left alone.
 */
export const expirePickupWorkflow = createWorkflow("expire-pickup", (input: ExpirePickupWorkflowInput) => {
  acquireLockStep({ key: input.pickup_id, timeout: 5, ttl: 120 })
  const pickup = readPickupOrderStep({ pickup_id: input.pickup_id })
  const due = transform({ pickup, input }, ({ pickup, input }) =>
    pickup.status === "ready" && !!pickup.hold_until && new Date(pickup.hold_until) <= new Date(input.now)
  )
  when("pickup-to-expire", { due }, ({ due }) => due).then(() => {
    const transition = transform({ input, pickup }, ({ input, pickup }) => ({
      pickup_id: pickup.pickup_id,
      from: ["ready" as const],
      to: "expired" as const,
      fields: { expired_at: new Date(input.now) },
      event: { type: "expired" as const, note: `Not collected by ${pickup.hold_until}: order canceled and refunded` },
    }))
    transitionPickupStep(transition)
  })
  when("ready-fulfillment-to-cancel", { due, pickup }, ({ due, pickup }) => due && pickup.open_fulfillment_ids.length > 0).then(
    () => {
      // A ready pickup has one fulfilment (made when it was marked ready); more would make cancelOrderWorkflow refuse.
      const cancelFulfillment = transform({ pickup }, ({ pickup }) => ({
        order_id: pickup.order_id,
        fulfillment_id: pickup.open_fulfillment_ids[0],
        no_notification: true,
      }))
      cancelOrderFulfillmentWorkflow.runAsStep({ input: cancelFulfillment })
    }
  )
  when("order-to-cancel", { due }, ({ due }) => due).then(() => {
    const cancelOrder = transform({ pickup }, ({ pickup }) => ({ order_id: pickup.order_id }))
    cancelOrderWorkflow.runAsStep({ input: cancelOrder })
    const notification = transform({ pickup }, ({ pickup }) =>
      shopperNotification(pickup, PickupNotificationTemplates.EXPIRED, { hold_until: pickup.hold_until })
    )
    sendNotificationsStep(notification)
    const event = transform({ pickup }, ({ pickup }) => ({
      eventName: PickupEvents.EXPIRED,
      data: { id: pickup.pickup_id, order_id: pickup.order_id },
    }))
    emitEventStep(event)
  })
  releaseLockStep({ key: input.pickup_id })
  return new WorkflowResponse(transform({ due }, ({ due }) => ({ expired: due })))
})
