import { createStoreTakeAwayOptionWorkflow } from "@passerelle/medusa-plugin-pos/workflows"
import { DEMO_STORES } from "./constants"
import { DemoSeedContext } from "./seed-context"
import { LocationIds } from "./seed-locations"

/**
 * Every demo store sells over the counter: its free "Take away at <code>" option, at the store's stock location
 * and for the POS channel, which POS checkout puts on each take-away sale. Idempotent (the workflow leaves a
 * store that has one alone). Returns how many stores have it.
 */
export async function seedTakeAway(
  { container }: DemoSeedContext,
  { locationIds, posChannelId, shippingProfileId }: { locationIds: LocationIds; posChannelId: string; shippingProfileId: string }
): Promise<number> {
  for (const store of DEMO_STORES) {
    await createStoreTakeAwayOptionWorkflow(container).run({
      input: {
        store: { code: store.code, stock_location_id: locationIds[store.code], sales_channel_id: posChannelId },
        shipping_profile_id: shippingProfileId,
      },
    })
  }
  return DEMO_STORES.length
}
