import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { PickupEvents } from "../constants"
import { CLICK_COLLECT_MODULE } from "../modules/click-collect"
import { createPickupStep } from "./steps/create-pickup"
import { findOrderPickupStep } from "./steps/find-order-pickup"

export type CreatePickupForOrderWorkflowInput = { order_id: string }

/**
 * Opens the store's pickup for a click & collect order (run on `order.placed`). Orders delivered any other way
 * are left alone, and an order that already has its pickup is not given a second one. The pickup is linked to
 * the order and to the store's stock location, where the stores plugin pinned the reservations. Emits
 * `click-collect.pickup.placed`. The payment is captured afterwards by `capturePickupPaymentWorkflow`, on its own:
 * a capture that fails (or that someone else made first) must not take the order out of the store's queue.
 */
export const createPickupForOrderWorkflow = createWorkflow(
  "create-pickup-for-order",
  (input: CreatePickupForOrderWorkflowInput) => {
    const found = findOrderPickupStep({ order_id: input.order_id })
    const pickup = when("is-a-new-pickup", { found }, ({ found }) => !!found.location_id && !found.existing_pickup_id).then(
      () => {
        const placedAt = transform({}, () => ({ placed_at: new Date() }))
        const pickup = createPickupStep(placedAt)
        const links = transform({ found, pickup }, ({ found, pickup }): LinkDefinition[] => [
          { [CLICK_COLLECT_MODULE]: { pickup_id: pickup.id }, [Modules.ORDER]: { order_id: found.order_id } },
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: found.location_id! },
            [CLICK_COLLECT_MODULE]: { pickup_id: pickup.id },
          },
        ])
        createRemoteLinkStep(links)
        const event = transform({ pickup, found }, ({ pickup, found }) => ({
          eventName: PickupEvents.PLACED,
          data: { id: pickup.id, order_id: found.order_id },
        }))
        emitEventStep(event)
        return pickup
      }
    )
    return new WorkflowResponse(transform({ pickup, found }, ({ pickup, found }) => ({
      pickup_id: pickup?.id ?? found.existing_pickup_id ?? null,
    })))
  }
)
