import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { DEMO_STORES } from "./constants"
import { DemoSeedContext } from "./seed-context"

/**
 * Every demo store offers click & collect: its free "Pick up in store" option (a `pickup` fulfilment set at the
 * store's stock location), which web shoppers choose among the cart's shipping options; the web channel only, the
 * tills take away. Idempotent (the workflow leaves a store that has one alone, but gives an option made before
 * pickup was web-only its channel rule). Returns how many stores have it.
 */
export async function seedPickup(
  { container }: DemoSeedContext,
  { shippingProfileId }: { shippingProfileId: string }
): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: profiles } = await query.graph({
    entity: "store_profile",
    fields: ["id", "code"],
    filters: { code: DEMO_STORES.map((store) => store.code) },
  })
  let withPickup = 0
  for (const profile of profiles) {
    const { result } = await createStorePickupOptionWorkflow(container).run({
      input: { store_profile_id: profile.id, shipping_profile_id: shippingProfileId },
    })
    withPickup += result.shipping_option_id ? 1 : 0
  }
  return withPickup
}
