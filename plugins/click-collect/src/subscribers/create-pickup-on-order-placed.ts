import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createPickupForOrderWorkflow } from "../workflows/create-pickup-for-order"

/** Every order placed with a store's pickup option gets its place in that store's pickup queue. */
export default async function createPickupOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await createPickupForOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
