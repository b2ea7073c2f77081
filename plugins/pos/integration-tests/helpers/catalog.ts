import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStoreTakeAwayOptionWorkflow } from "@passerelle/medusa-plugin-pos/workflows"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Network } from "@passerelle/medusa-plugin-stores/testing/store-network"
import { createFrenchRegion, createWarehouseHomeDelivery } from "@passerelle/medusa-plugin-stores/testing/french-shop"

export const SWEATER = { sku: "PM-NAVY-M", barcode: "2026000000017", price: 80 }
export const SCARF = { sku: "SC-RED", barcode: "2026000000024", price: 35 }
export const WELCOME_CODE = "BIENVENUE10"
export const STORE_OFFER_CODE = "MAGASIN15"

export const HOME_DELIVERY = { name: "Home delivery from the warehouse", price: 5 }

export type Catalog = {
  regionId: string
  sweaterId: string
  scarfId: string
  shippingProfileId: string
  /** Each store's take-away option, by store code. */
  takeAwayOptionIds: Record<string, string>
  warehouseDeliveryOptionId: string
}

/**
 * A region selling in France in EUR, two products in both channels with one price each, stock at the stores
 * and the warehouse, a welcome code valid everywhere and an automatic 15 % offer for the POS channel only. Every
 * store sells over the counter (its take-away option); the warehouse delivers home, for the web and, as the
 * endless aisle, for the stores' POS channel too.
 */
export async function createCatalog(container: MedusaContainer, network: Network): Promise<Catalog> {
  const { regionId, shippingProfileId } = await createFrenchRegion(container)
  const channels = [{ id: network.webChannelId }, { id: network.posChannelId }]
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        { title: "Pull marin", sku: SWEATER.sku, barcode: SWEATER.barcode, price: SWEATER.price },
        { title: "Écharpe", sku: SCARF.sku, barcode: SCARF.barcode, price: SCARF.price },
      ].map((product) => ({
        title: product.title,
        status: "published" as const,
        shipping_profile_id: shippingProfileId,
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
  const takeAwayOptionIds: Record<string, string> = {}
  for (const [code, store] of Object.entries(network.stores)) {
    const { result } = await createStoreTakeAwayOptionWorkflow(container).run({
      input: {
        store: { code, stock_location_id: store.stock_location_id, sales_channel_id: network.posChannelId },
        shipping_profile_id: shippingProfileId,
      },
    })
    takeAwayOptionIds[code] = result.shipping_option_id
  }
  const warehouseDeliveryOptionId = await createWarehouseHomeDelivery(container, network, shippingProfileId, { ...HOME_DELIVERY, alsoForTills: true })

  const idOf = (sku: string) => variants.find((v: any) => v.sku === sku)!.id
  void products
  return {
    regionId: regionId,
    sweaterId: idOf(SWEATER.sku),
    scarfId: idOf(SCARF.sku),
    shippingProfileId: shippingProfileId,
    takeAwayOptionIds,
    warehouseDeliveryOptionId,
  }
}

