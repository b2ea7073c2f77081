/**
 * Test helpers for the shop around the store network (exported as
 * `@passerelle/medusa-plugin-stores/testing/french-shop`): a French region selling in EUR with shelf prices that
 * include 20 % VAT, a default shipping profile, and home delivery from the warehouse. Every plugin's test world
 * starts from them. Medusa never loads this folder at run time.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updatePricePreferencesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Network } from "./store-network"

/**
 * France, in EUR, paid through the system provider; European shelf prices include VAT, so EUR prices are tax
 * inclusive and France's rate is 20 %. Also the default shipping profile products and options share.
 */
export async function createFrenchRegion(container: MedusaContainer): Promise<{ regionId: string; shippingProfileId: string }> {
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }] },
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
  return { regionId: region.id, shippingProfileId: profile.id }
}

/**
 * The warehouse ships home in France (manual provider, flat price, standard type). `alsoForTills` links the
 * warehouse to the POS channel too, so tills can sell from it for home delivery (the endless aisle). Returns the
 * shipping option's id.
 */
export async function createWarehouseHomeDelivery(
  container: MedusaContainer,
  network: Network,
  shippingProfileId: string,
  { name = "Home delivery", price = 5, alsoForTills = false }: { name?: string; price?: number; alsoForTills?: boolean } = {}
): Promise<string> {
  if (alsoForTills) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: network.warehouseId, add: [network.posChannelId] },
    })
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: network.warehouseId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: network.warehouseId, fulfillment_set_data: { name: "Warehouse shipping", type: "shipping" } },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [location] } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: network.warehouseId },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [zone] = await fulfillment.createServiceZones([
    { name: "France", fulfillment_set_id: (location as any).fulfillment_sets[0].id, geo_zones: [{ type: "country", country_code: "fr" }] },
  ])
  const { result: [option] } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Standard", description: "2-3 days", code: "standard" },
        prices: [{ currency_code: "eur", amount: price }],
        rules: [
          { attribute: "is_return", operator: "eq", value: "false" },
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
        ],
      },
    ],
  })
  return option.id
}

/** A product sold in one size ("M") on the web and POS channels, at one EUR price. */
export type OneSizeProduct = { title: string; sku: string; barcode?: string; price: number; tag_ids?: string[] }

/**
 * One-size products on both of the network's channels, their stock managed by Medusa (an inventory item each, no
 * level yet), and their variant and inventory item ids by SKU.
 */
export async function createOneSizeProducts(
  container: MedusaContainer,
  network: Network,
  shippingProfileId: string,
  products: OneSizeProduct[]
): Promise<{ variantIds: Record<string, string>; itemIds: Record<string, string> }> {
  await createProductsWorkflow(container).run({
    input: {
      products: products.map((product) => ({
        title: product.title,
        status: "published" as const,
        shipping_profile_id: shippingProfileId,
        tag_ids: product.tag_ids ?? [],
        sales_channels: [{ id: network.webChannelId }, { id: network.posChannelId }],
        options: [{ title: "Size", values: ["M"] }],
        variants: [
          {
            title: "M",
            sku: product.sku,
            barcode: product.barcode,
            manage_inventory: true,
            options: { Size: "M" },
            prices: [{ currency_code: "eur", amount: product.price }],
          },
        ],
      })),
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: products.map((product) => product.sku) },
  })
  return {
    variantIds: Object.fromEntries((variants as any[]).map((variant) => [variant.sku, variant.id])),
    itemIds: Object.fromEntries((variants as any[]).map((variant) => [variant.sku, variant.inventory_items[0].inventory_item_id])),
  }
}
