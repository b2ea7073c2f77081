import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { giveBackOrderStoreCreditWorkflow } from "../workflows/give-back-order-store-credit"

/** A canceled order gives back the store credit it spent (Medusa's cancellation doesn't know our ledger). */
export default async function giveBackStoreCreditOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await giveBackOrderStoreCreditWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "store-returns-give-back-store-credit" },
}
