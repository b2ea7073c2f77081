import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  updateInventoryLevelsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Network } from "@passerelle/medusa-plugin-stores/testing/store-network"

export type ProductSpec = {
  title: string
  /** Sales channels: the web shop's and the stores' by default; "pos" for a store exclusive. */
  channels?: "both" | "pos"
  status?: "published" | "draft"
  /**
   * `item`: variants naming the same item share one inventory item (made here, with that SKU), as a plain and a
   * gift-boxed version of one sweater do. Without it Medusa makes each managed variant an item of its own.
   */
  variants: { sku: string; manage_inventory?: boolean; item?: string }[]
}

export type Catalog = {
  regionId: string
  shippingProfileId: string
  productIds: Record<string, string>
  /** Variant id by SKU. */
  variantIds: Record<string, string>
  /** Inventory item id by SKU (variants sharing an item give the same id). */
  itemIds: Record<string, string>
}

/**
 * A region selling in France in EUR, a default shipping profile, and the given products (one EUR price per
 * variant). Managed variants get a level at every location of the network, with 0 units: tests set the stock.
 */
export async function createCatalog(container: MedusaContainer, network: Network, products: ProductSpec[]): Promise<Catalog> {
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }] },
  })
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  const sharedSkus = [...new Set(products.flatMap((p) => p.variants.map((v) => v.item).filter((sku): sku is string => !!sku)))]
  const shared = sharedSkus.length
    ? await container.resolve(Modules.INVENTORY).createInventoryItems(sharedSkus.map((sku) => ({ sku, title: sku })))
    : []
  const sharedItemOf = (sku: string) => shared.find((item) => item.sku === sku)!.id
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((product) => ({
        title: product.title,
        status: product.status ?? ("published" as const),
        shipping_profile_id: profile.id,
        sales_channels:
          product.channels === "pos"
            ? [{ id: network.posChannelId }]
            : [{ id: network.webChannelId }, { id: network.posChannelId }],
        options: [{ title: "Size", values: product.variants.map((v) => v.sku) }],
        variants: product.variants.map((variant) => ({
          title: variant.sku,
          sku: variant.sku,
          manage_inventory: variant.manage_inventory ?? true,
          options: { Size: variant.sku },
          prices: [{ currency_code: "eur", amount: 50 }],
          ...(variant.item ? { inventory_items: [{ inventory_item_id: sharedItemOf(variant.item), required_quantity: 1 }] } : {}),
        })),
      })),
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: products.flatMap((p) => p.variants.map((v) => v.sku)) },
  })
  const itemIds: Record<string, string> = {}
  for (const variant of variants as any[]) {
    if (variant.inventory_items?.[0]) {
      itemIds[variant.sku] = variant.inventory_items[0].inventory_item_id
    }
  }
  const locations = [network.warehouseId, ...Object.values(network.stores).map((s) => s.stock_location_id)]
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [...new Set(Object.values(itemIds))].flatMap((inventory_item_id) =>
        locations.map((location_id) => ({ inventory_item_id, location_id, stocked_quantity: 0 }))
      ),
    },
  })
  return {
    regionId: region.id,
    shippingProfileId: profile.id,
    productIds: Object.fromEntries(created.map((p) => [p.title, p.id])),
    variantIds: Object.fromEntries((variants as any[]).map((v) => [v.sku, v.id])),
    itemIds,
  }
}

/** Sets stocked quantities: `{ [sku]: { [location_id]: units } }`. */
export async function setStock(container: MedusaContainer, catalog: Catalog, stock: Record<string, Record<string, number>>) {
  await updateInventoryLevelsWorkflow(container).run({
    input: {
      updates: Object.entries(stock).flatMap(([sku, perLocation]) =>
        Object.entries(perLocation).map(([location_id, stocked_quantity]) => ({
          inventory_item_id: catalog.itemIds[sku],
          location_id,
          stocked_quantity,
        }))
      ),
    },
  })
}
