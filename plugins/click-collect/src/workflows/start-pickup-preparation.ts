import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PickupEvents } from "../constants"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"

export type StartPickupPreparationWorkflowInput = { pickup_id: string; associate_id: string }

/**
 * An associate starts picking a placed order off the shelves: `placed → preparing`. Holds the pickup's lock so
 * two tablets can't both start it. Emits `click-collect.pickup.preparing`.
 */
export const startPickupPreparationWorkflow = createWorkflow(
  "start-pickup-preparation",
  (input: StartPickupPreparationWorkflowInput) => {
    acquireLockStep({ key: input.pickup_id, timeout: 2, ttl: 10 })
    const found = readPickupOrderStep({ pickup_id: input.pickup_id })
    const transition = transform({ input }, ({ input }) => ({
      pickup_id: input.pickup_id,
      from: ["placed" as const],
      to: "preparing" as const,
      fields: { preparing_at: new Date() },
      event: { type: "preparing" as const, actor_id: input.associate_id },
    }))
    const pickup = transitionPickupStep(transition)
    const event = transform({ found }, ({ found }) => ({
      eventName: PickupEvents.PREPARING,
      data: { id: found.pickup_id, order_id: found.order_id },
    }))
    emitEventStep(event)
    releaseLockStep({ key: input.pickup_id })
    return new WorkflowResponse(
      transform({ pickup }, ({ pickup }) => ({ pickup_id: pickup.id, status: pickup.status, preparing_at: pickup.preparing_at }))
    )
  }
)
