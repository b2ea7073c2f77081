import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePickupPaymentWorkflow } from "../workflows/capture-pickup-payment"
import { createPickupForOrderWorkflow } from "../workflows/create-pickup-for-order"

/**
 * Every order placed with a store's pickup option gets its place in that store's pickup queue, then is charged. The
 * two are separate runs: a capture that fails (a declined card, or a back office that captured first) leaves the
 * pickup in the queue and is logged for the back office, instead of taking the order out of the store's sight.
 */
export default async function createPickupOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await createPickupForOrderWorkflow(container).run({ input: { order_id: event.data.id } })
  try {
    await capturePickupPaymentWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Click & collect order ${event.data.id}: the payment could not be captured at placement (${(error as Error).message}); capture it from the admin before the hand-over`)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
