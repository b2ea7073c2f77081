import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { type ReturnSource, STORE_RETURN_COMPLETED_EVENT } from "../constants"
import { reverseOrderAttributionWorkflow } from "../workflows/reverse-order-attribution"

/**
 * A received return takes credit back. Medusa reports every received return (`order.return_received`) and the
 * store-returns plugin reports its own once more (`store-returns.return.completed`): both payloads carry `order_id`
 * and `return_id`, and the workflow reverses each return once, whichever event comes first.
 */
export default async function reverseAttributionOnReturn({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await reverseOrderAttributionWorkflow(container).run({
    input: { order_id: event.data.order_id, return_id: event.data.return_id, source: event.name as ReturnSource },
  })
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.RETURN_RECEIVED, STORE_RETURN_COMPLETED_EVENT],
  context: { subscriberId: "sales-attribution-reverse-on-return" },
}
