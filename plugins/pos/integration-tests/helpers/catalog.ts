import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  updatePricePreferencesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Network } from "@passerelle/medusa-plugin-stores/testing/store-network"

export const SWEATER = { sku: "PM-NAVY-M", barcode: "2026000000017", price: 80 }
export const SCARF = { sku: "SC-RED", barcode: "2026000000024", price: 35 }
export const WELCOME_CODE = "BIENVENUE10"
export const STORE_OFFER_CODE = "MAGASIN15"

export type Catalog = { regionId: string; sweaterId: string; scarfId: string }

/**
 * A region selling in France in EUR, two products in both channels with one price each, stock at the stores
 * and the warehouse, a welcome code valid everywhere and an automatic 15 % offer for the POS channel only.
 */
export async function createCatalog(container: MedusaContainer, network: Network): Promise<Catalog> {
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }],
    },
  })
  // European shelf prices include VAT: EUR prices are tax inclusive.
  await updatePricePreferencesWorkflow(container).run({
    input: { selector: { attribute: "currency_code", value: "eur" }, update: { is_tax_inclusive: true } },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "fr", provider_id: "tp_system", default_tax_rate: { rate: 20, name: "TVA", code: "TVA" } }],
  })
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  const channels = [{ id: network.webChannelId }, { id: network.posChannelId }]
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        { title: "Pull marin", sku: SWEATER.sku, barcode: SWEATER.barcode, price: SWEATER.price },
        { title: "Écharpe", sku: SCARF.sku, barcode: SCARF.barcode, price: SCARF.price },
      ].map((product) => ({
        title: product.title,
        status: "published" as const,
        shipping_profile_id: profile.id,
        sales_channels: channels,
        options: [{ title: "Size", values: ["One"] }],
        variants: [
          {
            title: "One",
            sku: product.sku,
            barcode: product.barcode,
            manage_inventory: true,
            options: { Size: "One" },
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
    filters: { sku: [SWEATER.sku, SCARF.sku] },
  })
  const levels = variants.flatMap((variant: any) =>
    [network.warehouseId, ...Object.values(network.stores).map((s) => s.stock_location_id)].map((location_id) => ({
      inventory_item_id: variant.inventory_items[0].inventory_item_id,
      location_id,
      stocked_quantity: 10,
    }))
  )
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: WELCOME_CODE,
          type: "standard",
          status: "active",
          is_tax_inclusive: true,
          application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
        },
        {
          code: STORE_OFFER_CODE,
          type: "standard",
          status: "active",
          is_automatic: true,
          is_tax_inclusive: true,
          rules: [{ attribute: "sales_channel_id", operator: "in", values: [network.posChannelId] }],
          application_method: { type: "percentage", target_type: "order", allocation: "across", value: 15 },
        },
      ],
    },
  })
  const idOf = (sku: string) => variants.find((v: any) => v.sku === sku)!.id
  void products
  return { regionId: region.id, sweaterId: idOf(SWEATER.sku), scarfId: idOf(SCARF.sku) }
}
