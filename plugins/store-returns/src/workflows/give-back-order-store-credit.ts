import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { giveBackOrderStoreCreditStep } from "./steps/give-back-order-store-credit"

/** Gives back the store credit a canceled order spent (run on `order.canceled`). */
export const giveBackOrderStoreCreditWorkflow = createWorkflow(
  "give-back-order-store-credit",
  (input: { order_id: string }) => new WorkflowResponse(giveBackOrderStoreCreditStep(input))
)
