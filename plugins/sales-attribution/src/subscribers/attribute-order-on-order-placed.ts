import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { attributeOrderWorkflow } from "../workflows/attribute-order"

/** Every placed order is credited by the attribution rules; a second delivery of the event writes nothing. */
export default async function attributeOrderOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "sales-attribution-attribute-order" },
}
