import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  DEMO_STORES,
  DEMO_WAREHOUSE,
  DemoLocation,
  locationName,
  MANUAL_FULFILLMENT_PROVIDER_ID,
} from "./constants"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import { SalesChannels } from "./seed-sales-channels"

/** Stock location ids by location code (the warehouse's code included). */
export type LocationIds = Record<string, string>

type LocationRow = {
  id: string
  name: string
  sales_channels?: ({ id: string } | null)[] | null
  fulfillment_providers?: ({ id: string } | null)[] | null
}

const ALL_LOCATIONS: DemoLocation[] = [DEMO_WAREHOUSE, ...DEMO_STORES]

/**
 * The Central Warehouse and the stores as stock locations. The web shop sells from all of them
 * (so it can show store stock and, later, collect in store); the tills sell from the stores only.
 */
export async function seedLocations(
  context: DemoSeedContext,
  { storeId, channels }: { storeId: string; channels: SalesChannels }
): Promise<LocationIds> {
  const { container } = context
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const names = ALL_LOCATIONS.map(locationName)
  const readLocations = async () =>
    (
      await query.graph({
        entity: "stock_location",
        fields: ["id", "name", "sales_channels.id", "fulfillment_providers.id"],
        filters: { name: names },
      })
    ).data as LocationRow[]

  let locations = await readLocations()
  const missing = ALL_LOCATIONS.filter((l) => !locations.some((s) => s.name === locationName(l)))
  if (missing.length) {
    await createStockLocationsWorkflow(container).run({
      input: {
        locations: missing.map((l) => ({
          name: locationName(l),
          address: {
            address_1: l.address_1,
            city: l.city,
            postal_code: l.postal_code,
            country_code: l.country_code,
            phone: l.phone,
          },
        })),
      },
    })
    locations = await readLocations()
  }

  const ids: LocationIds = {}
  for (const l of ALL_LOCATIONS) {
    ids[l.code] = locations.find((s) => s.name === locationName(l))!.id
  }

  let channelLinks = 0
  for (const l of ALL_LOCATIONS) {
    const location = locations.find((s) => s.id === ids[l.code])!
    // Every location sells in both channels: the stores for the web (pickup) and at their tills, the warehouse
    // for web deliveries and for the stores' endless aisle (a POS sale shipped home from the warehouse).
    const wanted = [channels.webStoreId, channels.posId]
    const linked = new Set((location.sales_channels ?? []).map((c) => c?.id))
    const add = wanted.filter((id) => !linked.has(id))
    if (add.length) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add } })
      channelLinks += add.length
    }
  }

  // The warehouse ships with the manual provider; Medusa only offers a location the providers linked to it.
  const warehouse = locations.find((s) => s.id === ids[DEMO_WAREHOUSE.code])!
  const hasManualProvider = (warehouse.fulfillment_providers ?? []).some(
    (p) => p?.id === MANUAL_FULFILLMENT_PROVIDER_ID
  )
  if (!hasManualProvider) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
        },
      ],
    })
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: {
        default_sales_channel_id: channels.webStoreId,
        default_location_id: warehouse.id,
      },
    },
  })

  const cities = new Set(DEMO_STORES.map((s) => s.city))
  logProgress(
    context,
    "locations",
    `${DEMO_WAREHOUSE.name} and ${DEMO_STORES.length} stores in ${cities.size} cities ` +
      `(${createdNote(missing.length)}, ${channelLinks} channel links added)`
  )
  return ids
}
