import { container } from "@medusajs/framework"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"
import { DEFAULT_OPTIONS as CLICK_COLLECT_DEFAULTS } from "@passerelle/medusa-plugin-click-collect/utils/options"
import {
  cheapestPrice,
  type IndexedStore,
  type ProductDocument,
  type ProductRow,
  type RegionPrice,
  toProductDocument,
} from "./product-document"

/** What `query.graph` reads of a product to index it (its variants' stock included). */
export const PRODUCT_INDEX_GRAPH_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "thumbnail",
  "status",
  "created_at",
  "collection.id",
  "collection.title",
  "categories.id",
  "categories.name",
  "categories.mpath",
  "tags.value",
  "type.value",
  "sales_channels.id",
  "variants.id",
  "variants.sku",
  "variants.barcode",
  "variants.ean",
  "variants.upc",
  "variants.manage_inventory",
  "variants.options.value",
  "variants.options.option.title",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * Click & collect's safety buffer as the shop configured it, so the index promises exactly what the availability
 * API does. The Search module hands index definitions only `query` and a logger, so the configured module is read
 * from Medusa's container; without click & collect, its default applies.
 */
export function pickupSafetyBuffer(): number {
  try {
    const clickCollect = container.resolve("clickCollect", { allowUnregistered: true }) as
      | { options?: { safetyBuffer?: number } }
      | undefined
    return clickCollect?.options?.safetyBuffer ?? CLICK_COLLECT_DEFAULTS.safetyBuffer
  } catch {
    return CLICK_COLLECT_DEFAULTS.safetyBuffer
  }
}

/** The store network (every stock location with a store profile) and the other locations, the warehouses. */
export async function readStockNetwork(
  query: RemoteQueryFunction
): Promise<{ stores: IndexedStore[]; warehouseLocationIds: string[] }> {
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "store_profile.id", "store_profile.code", "store_profile.offers_pickup"],
  })
  const stores: (IndexedStore & { code: string })[] = []
  const warehouseLocationIds: string[] = []
  for (const location of locations as any[]) {
    if (location.store_profile?.id) {
      stores.push({
        id: location.store_profile.id,
        code: location.store_profile.code,
        stock_location_id: location.id,
        offers_pickup: location.store_profile.offers_pickup !== false,
      })
    } else {
      warehouseLocationIds.push(location.id)
    }
  }
  stores.sort((a, b) => a.code.localeCompare(b.code))
  return { stores, warehouseLocationIds }
}

/**
 * Each product's cheapest calculated price per region (Medusa's pricing: price lists and sales applied, no
 * customer group), the store's default region first. One `query.graph` per region for the whole page.
 */
export async function readRegionPrices(query: RemoteQueryFunction, productIds: string[]): Promise<Map<string, RegionPrice[]>> {
  const prices = new Map<string, RegionPrice[]>(productIds.map((id) => [id, []]))
  if (!productIds.length) {
    return prices
  }
  const [{ data: regions }, { data: stores }] = await Promise.all([
    query.graph({ entity: "region", fields: ["id", "currency_code"] }),
    query.graph({ entity: "store", fields: ["default_region_id"] }),
  ])
  const defaultRegionId = (stores as any[])[0]?.default_region_id
  const ordered = [...(regions as any[])].sort(
    (a, b) => Number(b.id === defaultRegionId) - Number(a.id === defaultRegionId) || a.id.localeCompare(b.id)
  )
  for (const region of ordered) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id", "calculated_price.calculated_amount", "calculated_price.original_amount"],
      filters: { product_id: productIds },
      context: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
    })
    const byProduct = new Map<string, any[]>()
    for (const variant of variants as any[]) {
      byProduct.set(variant.product_id, [...(byProduct.get(variant.product_id) ?? []), variant])
    }
    for (const productId of productIds) {
      const price = cheapestPrice(region.id, region.currency_code, byProduct.get(productId) ?? [])
      if (price) {
        prices.get(productId)!.push(price)
      }
    }
  }
  return prices
}

/** A page of products read with `PRODUCT_INDEX_GRAPH_FIELDS`, turned into documents: a fixed number of reads per page. */
export async function toProductDocuments(rows: ProductRow[], query: RemoteQueryFunction): Promise<ProductDocument[]> {
  if (!rows.length) {
    return []
  }
  const [network, prices] = await Promise.all([
    readStockNetwork(query),
    readRegionPrices(
      query,
      rows.map((row) => row.id)
    ),
  ])
  const safetyBuffer = pickupSafetyBuffer()
  return rows.map((row) => toProductDocument(row, { ...network, safetyBuffer, prices: prices.get(row.id) ?? [] }))
}
