import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updatePricePreferencesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  checkoutCart as checkout,
  CheckoutCartInput,
  levelOf,
  reservationsOf,
  storeKey,
} from "@passerelle/medusa-plugin-stores/testing/checkout"
import { createNetwork, Network } from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"

export const SWEATER = { title: "Pull marin", sku: "PM-NAVY-M", giftSku: "PM-NAVY-M-GIFT", price: 80 }
export const SCARF = { title: "Écharpe", sku: "SC-RED", price: 35 }
export const PARIS = { code: "PAR-01", name: "Paris Marais" }
export const LYON = { code: "LYO-01", name: "Lyon Presqu'île" }

export type Shop = {
  network: Network
  regionId: string
  posKey: string
  /** Paris (store B, where the chosen options ship from) and Lyon (store A, where Medusa would reserve). */
  paris: string
  lyon: string
  warehouse: string
  sweater: { variantId: string; giftVariantId: string; itemId: string }
  scarf: { variantId: string; itemId: string }
  options: {
    /** Click & collect at Paris, no channel rule: offered in every channel. */
    parisPickup: string
    /** Take-away at the Paris till: POS channel only. */
    parisTakeAway: string
    /** Home delivery from the warehouse, no channel rule. */
    warehouseStandard: string
    /** Express delivery from the warehouse: web channel only. */
    warehouseExpress: string
  }
}

/** Units per location. */
export type StockPlan = { location: "paris" | "lyon" | "warehouse"; sweater?: number; scarf?: number }[]

/**
 * A shop to check where reservations land: two stores and the warehouse, a region selling in EUR (tax inclusive),
 * a sweater sold as two variants sharing one inventory item (plain and gift-boxed), a scarf, and shipping options
 * at Paris and at the warehouse, two of them scoped to one sales channel.
 */
export async function createShop(container: MedusaContainer, stock: StockPlan): Promise<Shop> {
  // Lyon first: createNetwork gives it the smaller id, and Medusa's reserve step tries locations in id order.
  const network = await createNetwork(container, [
    { ...LYON, city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
    { ...PARIS, city: "Paris", timezone: "Europe/Paris", latitude: 48.86, longitude: 2.36 },
  ])
  const paris = network.stores[PARIS.code].stock_location_id
  const lyon = network.stores[LYON.code].stock_location_id
  if (!(lyon < paris)) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the shop needs Lyon's location id to sort before Paris's")
  }
  const warehouse = network.warehouseId

  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }],
    },
  })
  await updatePricePreferencesWorkflow(container).run({
    input: { selector: { attribute: "currency_code", value: "eur" }, update: { is_tax_inclusive: true } },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "fr", provider_id: "tp_system", default_tax_rate: { rate: 20, name: "TVA", code: "TVA" } }],
  })
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })

  const inventory = container.resolve(Modules.INVENTORY)
  const [sweaterItem, scarfItem] = await inventory.createInventoryItems([
    { sku: SWEATER.sku, title: SWEATER.title },
    { sku: SCARF.sku, title: SCARF.title },
  ])
  const channels = [{ id: network.webChannelId }, { id: network.posChannelId }]
  const variant = (sku: string, option: string, price: number, itemId: string) => ({
    title: option,
    sku,
    manage_inventory: true,
    options: { Pack: option },
    prices: [{ currency_code: "eur", amount: price }],
    inventory_items: [{ inventory_item_id: itemId, required_quantity: 1 }],
  })
  await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: SWEATER.title,
          status: "published",
          shipping_profile_id: profile.id,
          sales_channels: channels,
          options: [{ title: "Pack", values: ["Plain", "Gift box"] }],
          variants: [
            variant(SWEATER.sku, "Plain", SWEATER.price, sweaterItem.id),
            variant(SWEATER.giftSku, "Gift box", SWEATER.price + 5, sweaterItem.id),
          ],
        },
        {
          title: SCARF.title,
          status: "published",
          shipping_profile_id: profile.id,
          sales_channels: channels,
          options: [{ title: "Pack", values: ["Plain"] }],
          variants: [variant(SCARF.sku, "Plain", SCARF.price, scarfItem.id)],
        },
      ],
    },
  })
  const locationIds = { paris, lyon, warehouse }
  for (const { location, sweater = 0, scarf = 0 } of stock) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: [
          { inventory_item_id: sweaterItem.id, location_id: locationIds[location], stocked_quantity: sweater },
          { inventory_item_id: scarfItem.id, location_id: locationIds[location], stocked_quantity: scarf },
        ],
      },
    })
  }

  const optionAt = async (
    location_id: string,
    type: "pickup" | "shipping",
    options: { name: string; amount: number; channels?: string[] }[]
  ) => {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location_id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
        },
      ],
    })
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id, fulfillment_set_data: { name: `${type} ${location_id}`, type } },
    })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [located] } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id"],
      filters: { id: location_id },
    })
    const { result: [zone] } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            name: `France ${location_id}`,
            fulfillment_set_id: located.fulfillment_sets![0]!.id,
            geo_zones: [{ type: "country", country_code: "fr" }],
          },
        ],
      },
    })
    const { result } = await createShippingOptionsWorkflow(container).run({
      input: options.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: option.name, description: option.name, code: option.name.toLowerCase().replace(/\W+/g, "-") },
        prices: [{ currency_code: "eur", amount: option.amount }],
        rules: option.channels
          ? [{ attribute: "sales_channel_id", operator: "in" as const, value: option.channels }]
          : [],
      })),
    })
    return result.map((o) => o.id)
  }
  const [parisPickup, parisTakeAway] = await optionAt(paris, "pickup", [
    { name: "Click & collect Paris Marais", amount: 0 },
    { name: "Take-away", amount: 0, channels: [network.posChannelId] },
  ])
  const [warehouseStandard, warehouseExpress] = await optionAt(warehouse, "shipping", [
    { name: "Standard delivery", amount: 4.9 },
    { name: "Express delivery", amount: 9.9, channels: [network.webChannelId] },
  ])

  const { result: [posKey] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "POS", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: posKey.id, add: [network.posChannelId] } })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: [SWEATER.sku, SWEATER.giftSku, SCARF.sku] },
  })
  const idOf = (sku: string) => variants.find((v: { sku: string | null }) => v.sku === sku)!.id
  return {
    network,
    regionId: region.id,
    posKey: posKey.token,
    paris,
    lyon,
    warehouse,
    sweater: { variantId: idOf(SWEATER.sku), giftVariantId: idOf(SWEATER.giftSku), itemId: sweaterItem.id },
    scarf: { variantId: idOf(SCARF.sku), itemId: scarfItem.id },
    options: { parisPickup, parisTakeAway, warehouseStandard, warehouseExpress },
  }
}

export { levelOf, reservationsOf, storeKey }

/** A cart of the shop taken to the point of completion (web key unless another is given). Returns its id. */
export const checkoutCart = (
  api: AxiosInstance,
  shop: Shop,
  { key = shop.network.webKey, ...rest }: Omit<CheckoutCartInput, "key" | "regionId"> & { key?: string }
): Promise<string> => checkout(api, { key, regionId: shop.regionId, ...rest })
