import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { PickupEvents } from "../constants"
import { checkPickupCodeStep } from "./steps/check-pickup-code"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"

export type CollectPickupWorkflowInput = {
  pickup_id: string
  /** The code the shopper shows (typed, or read from the QR by the route). */
  code: string
  associate_id: string
}

export type CollectPickupWorkflowOutput =
  | { collected: true; pickup_id: string; collected_at: Date | string }
  | { collected: false; pickup_id: string; attempts_left: number; locked_until: null }
  | { collected: false; pickup_id: string; attempts_left: 0; locked_until: string; just_locked: boolean }

/**
 * The hand-over at the counter. The code is checked first (see checkPickupCodeStep): a wrong or locked code ends
 * the workflow successfully with `collected: false`, so the count of wrong codes persists and the route answers
 * 400 or 429. The right code moves `ready → collected` (collected_at, collected_by, count cleared), marks the
 * store's fulfilment delivered (Medusa's "mark as picked up") and emits `click-collect.pickup.collected`.
 * A pickup that isn't ready is refused with 400. Holds the pickup's lock throughout.
 */
export const collectPickupWorkflow = createWorkflow("collect-pickup", (input: CollectPickupWorkflowInput) => {
  acquireLockStep({ key: input.pickup_id, timeout: 2, ttl: 30 })
  const check = checkPickupCodeStep({ pickup_id: input.pickup_id, code: input.code, actor_id: input.associate_id })

  const found = readPickupOrderStep({ pickup_id: input.pickup_id })

  const collected = when("right-code", { check }, ({ check }) => check.outcome === "match").then(() => {
    const transition = transform({ input }, ({ input }) => ({
      pickup_id: input.pickup_id,
      from: ["ready" as const],
      to: "collected" as const,
      fields: {
        collected_at: new Date(),
        collected_by: input.associate_id,
        failed_code_attempts: 0,
        code_locked_until: null,
      },
      event: { type: "collected" as const, actor_id: input.associate_id },
    }))
    const pickup = transitionPickupStep(transition)
    const event = transform({ found }, ({ found }) => ({
      eventName: PickupEvents.COLLECTED,
      data: { id: found.pickup_id, order_id: found.order_id },
    }))
    emitEventStep(event)
    return pickup
  })
  // A sibling of the branch above (Medusa's `when` doesn't nest): a pickup whose lines all went missing has no
  // fulfilment left to deliver.
  when("right-code-with-fulfillment", { check, found }, ({ check, found }) =>
    check.outcome === "match" && found.open_fulfillment_ids.length > 0
  ).then(() => {
    const delivered = transform({ found }, ({ found }) => ({
      orderId: found.order_id,
      fulfillmentId: found.open_fulfillment_ids[0],
      no_notification: true,
    }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivered })
  })
  releaseLockStep({ key: input.pickup_id })

  return new WorkflowResponse(
    transform({ input, check, collected }, ({ input, check, collected }): CollectPickupWorkflowOutput => {
      if (check.outcome === "match") {
        return { collected: true, pickup_id: input.pickup_id, collected_at: collected!.collected_at as Date | string }
      }
      if (check.outcome === "wrong") {
        return { collected: false, pickup_id: input.pickup_id, attempts_left: check.attempts_left, locked_until: null }
      }
      return {
        collected: false,
        pickup_id: input.pickup_id,
        attempts_left: 0,
        locked_until: check.locked_until,
        just_locked: check.just_locked,
      }
    })
  )
})
