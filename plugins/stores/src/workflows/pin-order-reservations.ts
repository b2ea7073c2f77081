import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { relocateOrderReservationsStep, RelocateOrderReservationsInput } from "./steps/relocate-order-reservations"

export const pinOrderReservationsWorkflowId = "pin-order-reservations"

/**
 * Moves an order's reservations to the stock locations of its shipping options (the pinning rule). Cart completion
 * does this from its `beforePaymentAuthorization` hook; this workflow is for orders whose shipping changed afterwards.
 */
export const pinOrderReservationsWorkflow = createWorkflow(
  pinOrderReservationsWorkflowId,
  (input: RelocateOrderReservationsInput) => {
    const moves = relocateOrderReservationsStep(input)
    return new WorkflowResponse(moves)
  }
)
