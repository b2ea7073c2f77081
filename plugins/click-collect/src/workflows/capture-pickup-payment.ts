import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { findOrderPickupStep } from "./steps/find-order-pickup"

export type CapturePickupPaymentWorkflowInput = { order_id: string }

/**
 * Charges a click & collect order when it is placed, as a web order paid online is, so a missing item or an expired
 * hold is a real refund. Runs after the pickup exists (subscriber on `order.placed`); an order with no pickup or
 * nothing left to capture is left alone. Medusa's capture is never undone automatically (the funds were taken).
 */
export const capturePickupPaymentWorkflow = createWorkflow(
  "capture-pickup-payment",
  (input: CapturePickupPaymentWorkflowInput) => {
    const found = findOrderPickupStep({ order_id: input.order_id })
    const captured = when("pickup-to-charge", { found }, ({ found }) => !!found.existing_pickup_id && !!found.uncaptured_payment_id).then(
      () => {
        const capture = transform({ found }, ({ found }) => ({ payment_id: found.uncaptured_payment_id! }))
        capturePaymentWorkflow.runAsStep({ input: capture })
        return transform({ found }, ({ found }) => found.uncaptured_payment_id)
      }
    )
    return new WorkflowResponse(transform({ captured }, ({ captured }) => ({ captured_payment_id: captured ?? null })))
  }
)
