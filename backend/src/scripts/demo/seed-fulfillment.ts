import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  DEFAULT_SHIPPING_PROFILE_NAME,
  DEMO_COUNTRY_CODES,
  DEMO_CURRENCY_CODE,
  DEMO_WAREHOUSE,
  FREE_DELIVERY,
  FREE_DELIVERY_THRESHOLD,
  MANUAL_FULFILLMENT_PROVIDER_ID,
  STANDARD_DELIVERY,
  WAREHOUSE_FULFILLMENT_SET_NAME,
  WAREHOUSE_SERVICE_ZONE_NAME,
} from "./constants"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import { LocationIds } from "./seed-locations"
import { seedPickup } from "./seed-pickup"
import { seedTakeAway } from "./seed-take-away"

export type Fulfillment = {
  shippingProfileId: string
  standardOptionId: string
  freeOptionId: string
}

type Named = { id: string; name: string }
type ServiceZoneRow = Named & { shipping_options?: (Named | null)[] | null }
type FulfillmentSetRow = Named & { service_zones?: (ServiceZoneRow | null)[] | null }

/** Shown to shoppers (not returns) and in the storefront, as Medusa's own seed sets them. */
const STOREFRONT_OPTION_RULES = [
  { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
  { attribute: "is_return", operator: "eq" as const, value: "false" },
]

/**
 * Home delivery from the Central Warehouse to every country of the region: a default shipping
 * profile, a "shipping" fulfillment set with one service zone, and two options.
 *
 * The free option uses Medusa's conditional prices: a second EUR price with a rule on
 * `item_total`. The cart workflows put the cart's item_total (a number) in the pricing context,
 * the pricing module keeps prices whose rules all match (`gte` compares numerically), and among
 * matching prices the one with more rules wins. So at or above the threshold the 0 price is
 * chosen; below it only the rule-less price matches.
 */
export async function seedFulfillment(
  context: DemoSeedContext,
  { locationIds, posChannelId }: { locationIds: LocationIds; posChannelId: string }
): Promise<Fulfillment> {
  const { container } = context
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const warehouseId = locationIds[DEMO_WAREHOUSE.code]
  let created = 0

  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: DEFAULT_SHIPPING_PROFILE_NAME, type: "default" }] },
    })
    profile = result[0]
    created++
  }

  const readFulfillmentSet = async () => {
    const { data } = await query.graph({
      entity: "stock_location",
      fields: [
        "id",
        "fulfillment_sets.id",
        "fulfillment_sets.name",
        "fulfillment_sets.service_zones.id",
        "fulfillment_sets.service_zones.name",
        "fulfillment_sets.service_zones.shipping_options.id",
        "fulfillment_sets.service_zones.shipping_options.name",
      ],
      filters: { id: warehouseId },
    })
    const sets = (data[0]?.fulfillment_sets ?? []) as (FulfillmentSetRow | null)[]
    return sets.find((s) => s?.name === WAREHOUSE_FULFILLMENT_SET_NAME)
  }

  let fulfillmentSet = await readFulfillmentSet()
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: warehouseId,
        fulfillment_set_data: { name: WAREHOUSE_FULFILLMENT_SET_NAME, type: "shipping" },
      },
    })
    fulfillmentSet = await readFulfillmentSet()
    created++
  }

  const findZone = () =>
    (fulfillmentSet!.service_zones ?? []).find((z) => z?.name === WAREHOUSE_SERVICE_ZONE_NAME)
  if (!findZone()) {
    await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            name: WAREHOUSE_SERVICE_ZONE_NAME,
            fulfillment_set_id: fulfillmentSet!.id,
            geo_zones: DEMO_COUNTRY_CODES.map((country_code) => ({ type: "country" as const, country_code })),
          },
        ],
      },
    })
    fulfillmentSet = await readFulfillmentSet()
    created++
  }
  const zone = findZone()!

  const optionId = (name: string) => (zone.shipping_options ?? []).find((o) => o?.name === name)?.id
  const common = {
    price_type: "flat" as const,
    provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
    service_zone_id: zone.id,
    shipping_profile_id: profile.id,
    rules: STOREFRONT_OPTION_RULES,
  }
  const toCreate = [
    !optionId(STANDARD_DELIVERY.name) && {
      ...common,
      name: STANDARD_DELIVERY.name,
      type: {
        label: STANDARD_DELIVERY.label,
        description: STANDARD_DELIVERY.description,
        code: STANDARD_DELIVERY.code,
      },
      prices: [{ currency_code: DEMO_CURRENCY_CODE, amount: STANDARD_DELIVERY.amount }],
    },
    !optionId(FREE_DELIVERY.name) && {
      ...common,
      name: FREE_DELIVERY.name,
      type: {
        label: FREE_DELIVERY.label,
        description: FREE_DELIVERY.description,
        code: FREE_DELIVERY.code,
      },
      prices: [
        { currency_code: DEMO_CURRENCY_CODE, amount: FREE_DELIVERY.amountBelowThreshold },
        {
          currency_code: DEMO_CURRENCY_CODE,
          amount: FREE_DELIVERY.amountAtOrAboveThreshold,
          rules: [{ attribute: "item_total", operator: "gte" as const, value: FREE_DELIVERY_THRESHOLD }],
        },
      ],
    },
  ].filter((option) => !!option)

  if (toCreate.length) {
    await createShippingOptionsWorkflow(container).run({ input: toCreate })
    fulfillmentSet = await readFulfillmentSet()
    created += toCreate.length
  }
  const options = findZone()!.shipping_options ?? []
  const idOf = (name: string) => options.find((o) => o?.name === name)!.id
  const takeAwayStores = await seedTakeAway(context, { locationIds, posChannelId, shippingProfileId: profile.id })
  const pickupStores = await seedPickup(context, { shippingProfileId: profile.id })

  logProgress(
    context,
    "fulfilment",
    `home delivery from ${DEMO_WAREHOUSE.name} to ${DEMO_COUNTRY_CODES.length} countries: ` +
      `"${STANDARD_DELIVERY.name}" €${STANDARD_DELIVERY.amount.toFixed(2)}, ` +
      `"${FREE_DELIVERY.name}" €0 from €${FREE_DELIVERY_THRESHOLD} (${createdNote(created)}); ` +
      `take-away at the counter of ${takeAwayStores} stores; pick up in store at ${pickupStores}`
  )
  return {
    shippingProfileId: profile.id,
    standardOptionId: idOf(STANDARD_DELIVERY.name),
    freeOptionId: idOf(FREE_DELIVERY.name),
  }
}
