import type { MedusaContainer } from "@medusajs/framework/types"
import { markPickupReadyWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"

/**
 * Puts a placed or preparing pickup in `ready` through the real markPickupReadyWorkflow, as an associate of the
 * store would (the order fulfilled at the pickup's store, a code issued, held until ready_at + holdDays).
 * Returns the pickup's hold_until.
 */
export async function readyPickupForTests(container: MedusaContainer, pickupId: string): Promise<Date> {
  await markPickupReadyWorkflow(container).run({ input: { pickup_id: pickupId, associate_id: "assoc_test_counter" } })
  const clickCollect = container.resolve("clickCollect") as any
  const pickup = await clickCollect.retrievePickup(pickupId)
  return new Date(pickup.hold_until)
}
