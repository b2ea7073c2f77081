import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginOrderEditOrderWorkflow,
  cancelOrderWorkflow,
  confirmOrderEditRequestWorkflow,
  emitEventStep,
  orderEditUpdateItemQuantityWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
  requestOrderEditRequestWorkflow,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { relocateOrderReservationsStep } from "@passerelle/medusa-plugin-stores/workflows"
import { PickupEvents, PickupNotificationTemplates } from "../constants"
import { transitionPickupStep } from "./steps/transition-pickup"
import { validateMissingPickupItemStep } from "./steps/validate-missing-pickup-item"

export type ReportMissingPickupItemWorkflowInput = {
  pickup_id: string
  item_id: string
  /** Units missing; default the whole line. */
  quantity?: number
  note?: string
  /** The associate reporting it. */
  actor_id?: string | null
}

/**
 * A store can't find an item of a click & collect order it is preparing. The line's quantity drops through
 * Medusa's order edit (begin, update quantity, request, confirm), the remaining reservations are pinned back to the
 * pickup's store (Medusa re-reserves edited lines at the channel's first location) and the missing units' released;
 * the missing units are refunded on the captured payment, the timeline says what was missing, the shopper is told.
 * When nothing would be left, the order is canceled instead (Medusa releases the reservations and refunds all) and
 * the pickup is canceled. Emits `click-collect.pickup.item_missing` (and `…canceled` for a cancel).
 *
 * Order of steps: everything that Medusa or we can undo comes first; the refund (Medusa's refund step has no
 * compensation: the money has left) and the notification (can't be unsent) come last.
 */
export const reportMissingPickupItemWorkflow = createWorkflow(
  "report-missing-pickup-item",
  (input: ReportMissingPickupItemWorkflowInput) => {
    acquireLockStep({ key: input.pickup_id, timeout: 5, ttl: 120 })
    const missing = validateMissingPickupItemStep({
      pickup_id: input.pickup_id,
      item_id: input.item_id,
      quantity: input.quantity,
    })

    // One timeline line; when nothing is left the same transition cancels the pickup.
    const timeline = transform({ missing, input }, ({ missing, input }) => ({
      pickup_id: missing.pickup_id,
      from: ["placed" as const, "preparing" as const],
      ...(missing.cancel_order ? { to: "canceled" as const, fields: { canceled_at: new Date() } } : {}),
      event: {
        type: "item_missing" as const,
        actor_id: input.actor_id ?? null,
        note: [
          `${missing.missing} × ${missing.item.title}${missing.item.sku ? ` (${missing.item.sku})` : ""} missing`,
          missing.cancel_order ? "nothing left: order canceled" : null,
          missing.refund_amount > 0 ? `refunded ${missing.refund_amount} ${missing.currency_code.toUpperCase()}` : null,
          input.note?.trim() || null,
        ]
          .filter(Boolean)
          .join("; "),
      },
    }))
    transitionPickupStep(timeline)

    when("missing-item-edits-order", { missing }, ({ missing }) => !missing.cancel_order).then(() => {
      const edit = transform({ missing, input }, ({ missing, input }) => ({
        order_id: missing.order_id,
        created_by: input.actor_id ?? undefined,
        internal_note: `Click & collect: ${missing.missing} × ${missing.item.title} missing at the store`,
      }))
      beginOrderEditOrderWorkflow.runAsStep({ input: edit })
      const quantity = transform({ missing }, ({ missing }) => ({
        order_id: missing.order_id,
        items: [{ id: missing.item.id, quantity: missing.remaining }],
      }))
      orderEditUpdateItemQuantityWorkflow.runAsStep({ input: quantity })
      const request = transform({ missing, input }, ({ missing, input }) => ({
        order_id: missing.order_id,
        requested_by: input.actor_id ?? undefined,
      }))
      requestOrderEditRequestWorkflow.runAsStep({ input: request })
      const confirm = transform({ missing, input }, ({ missing, input }) => ({
        order_id: missing.order_id,
        confirmed_by: input.actor_id ?? undefined,
      }))
      confirmOrderEditRequestWorkflow.runAsStep({ input: confirm })
      relocateOrderReservationsStep(transform({ missing }, ({ missing }) => ({ order_id: missing.order_id })))
    })

    when("missing-items-cancel-order", { missing }, ({ missing }) => missing.cancel_order).then(() => {
      // Medusa's cancel releases the reservations, then refunds (no compensation) in the same parallel group.
      const cancelOrder = transform({ missing, input }, ({ missing, input }) => ({
        order_id: missing.order_id,
        canceled_by: input.actor_id ?? undefined,
      }))
      cancelOrderWorkflow.runAsStep({ input: cancelOrder })
      emitEventStep({
        eventName: PickupEvents.CANCELED,
        data: transform({ missing }, ({ missing }) => ({ id: missing.pickup_id, order_id: missing.order_id })),
      }).config({ name: "emit-pickup-canceled" })
    })

    when("missing-item-to-refund", { missing }, ({ missing }) => !missing.cancel_order && !!missing.payment_id && missing.refund_amount > 0).then(
      () => {
        const refund = transform({ missing, input }, ({ missing, input }) => ({
          payment_id: missing.payment_id!,
          amount: missing.refund_amount,
          created_by: input.actor_id ?? undefined,
          note: `${missing.missing} × ${missing.item.title} missing at the store`,
        }))
        refundPaymentWorkflow.runAsStep({ input: refund })
      }
    )

    // An order without an email has nobody to write to.
    const notification = transform({ missing }, ({ missing }) => (missing.email ? [
      {
        to: missing.email,
        channel: "email",
        template: PickupNotificationTemplates.ITEM_MISSING,
        resource_id: missing.order_id,
        resource_type: "order",
        data: {
          pickup_id: missing.pickup_id,
          order_id: missing.order_id,
          order_display_id: missing.order_display_id,
          item: missing.item,
          quantity: missing.missing,
          refunded_amount: missing.refund_amount,
          currency_code: missing.currency_code,
          order_canceled: missing.cancel_order,
        },
      },
    ] : []))
    sendNotificationsStep(notification)
    emitEventStep({
      eventName: PickupEvents.ITEM_MISSING,
      data: transform({ missing }, ({ missing }) => ({ id: missing.pickup_id, order_id: missing.order_id })),
    })
    releaseLockStep({ key: input.pickup_id })

    return new WorkflowResponse(
      transform({ missing }, ({ missing }) => ({
        pickup_id: missing.pickup_id,
        order_id: missing.order_id,
        item_id: missing.item.id,
        quantity: missing.missing,
        refunded_amount: missing.refund_amount,
        order_canceled: missing.cancel_order,
      }))
    )
  }
)
