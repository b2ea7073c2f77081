import { availableForPickup, levelKey, type LevelRow, unitsAt, type VariantRow } from "@passerelle/medusa-plugin-click-collect/utils/availability"

/** Option titles read as the colour and the size facets (any case); other options are searchable only. */
export const COLOUR_OPTION_TITLES = ["colour", "color", "couleur", "farbe", "kleur"]
export const SIZE_OPTION_TITLES = ["size", "taille", "größe", "grösse", "maat"]

/** A product as read through `query.graph` for the index. */
export type ProductRow = {
  id: string
  title: string
  subtitle?: string | null
  description?: string | null
  handle: string
  thumbnail?: string | null
  status: string
  created_at?: string | Date | null
  collection?: { id: string; title: string } | null
  categories?: ({ id: string; name: string; mpath?: string | null } | null)[] | null
  tags?: ({ value: string } | null)[] | null
  type?: { value: string } | null
  sales_channels?: ({ id: string } | null)[] | null
  variants?: (VariantGraphRow | null)[] | null
}

export type VariantGraphRow = {
  id: string
  sku?: string | null
  barcode?: string | null
  ean?: string | null
  upc?: string | null
  manage_inventory?: boolean | null
  options?: ({ value: string; option?: { title: string } | null } | null)[] | null
  inventory_items?:
    | ({
        inventory_item_id: string
        required_quantity?: number | null
        inventory?: {
          location_levels?: ({ location_id: string; stocked_quantity: number; reserved_quantity: number } | null)[] | null
        } | null
      } | null)[]
    | null
}

/** A store of the network, as the index needs it. */
export type IndexedStore = { id: string; stock_location_id: string; offers_pickup: boolean }

/** One region's calculated price of the product: its cheapest variant, in that region's currency. */
export type RegionPrice = { region_id: string; currency_code: string; amount: number; original_amount: number }

export type ProductDocumentContext = {
  stores: IndexedStore[]
  /** Stock locations without a store profile: the warehouses. */
  warehouseLocationIds: string[]
  /** Units each store keeps back from what the web shop may promise (click & collect's option). */
  safetyBuffer: number
  /** The product's price per region, the default region first. */
  prices: RegionPrice[]
}

export type ProductDocument = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  thumbnail: string | null
  status: string
  created_at: string | null
  sales_channel_ids: string[]
  collection_id: string | null
  collection_title: string | null
  category_ids: string[]
  category_names: string[]
  tags: string[]
  type: string | null
  skus: string[]
  barcodes: string[]
  colours: string[]
  sizes: string[]
  option_values: string[]
  variant_ids: string[]
  price: number | null
  currency_code: string | null
  prices: RegionPrice[]
  pickup_store_ids: string[]
  stock_store_ids: string[]
  warehouse_in_stock: boolean
}

const present = <T>(items: (T | null | undefined)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => item !== null && item !== undefined)

const distinct = (values: (string | null | undefined)[]): string[] => [
  ...new Set(values.map((value) => value?.trim()).filter((value): value is string => !!value)),
]

/** The variant as click & collect's availability arithmetic reads it, and its levels. */
function stockOf(variant: VariantGraphRow): { row: VariantRow; levels: LevelRow[] } {
  const items = present(variant.inventory_items)
  return {
    row: {
      id: variant.id,
      manage_inventory: variant.manage_inventory !== false,
      items: items.map((item) => ({ inventory_item_id: item.inventory_item_id, required_quantity: item.required_quantity ?? 1 })),
    },
    levels: items.flatMap((item) =>
      present(item.inventory?.location_levels).map((level) => ({
        inventory_item_id: item.inventory_item_id,
        location_id: level.location_id,
        stocked: Number(level.stocked_quantity ?? 0),
        reserved: Number(level.reserved_quantity ?? 0),
      }))
    ),
  }
}

/**
 * Where the product can be had now, with click & collect's own arithmetic: a store offers it for pickup when one
 * of its variants has units there beyond the safety buffer (`pickup_store_ids`, what the web shop may promise), and
 * has it on the shelf when any unit is free (`stock_store_ids`, what an associate can fetch). A variant whose stock
 * Medusa doesn't manage is always available. The warehouse flag counts every location that is not a store.
 */
export function productAvailability(
  variants: VariantGraphRow[],
  context: Pick<ProductDocumentContext, "stores" | "warehouseLocationIds" | "safetyBuffer">
): { pickup_store_ids: string[]; stock_store_ids: string[]; warehouse_in_stock: boolean } {
  const pickup = new Set<string>()
  const shelf = new Set<string>()
  let warehouse = false
  for (const variant of variants) {
    const { row, levels } = stockOf(variant)
    const byKey = new Map(levels.map((level) => [levelKey(level.inventory_item_id, level.location_id), level]))
    for (const store of context.stores) {
      const units = row.manage_inventory ? unitsAt(row, byKey, store.stock_location_id) : Number.POSITIVE_INFINITY
      if (units > 0) {
        shelf.add(store.id)
      }
      if (store.offers_pickup && availableForPickup(units, context.safetyBuffer) > 0) {
        pickup.add(store.id)
      }
    }
    if (!row.manage_inventory || context.warehouseLocationIds.some((locationId) => unitsAt(row, byKey, locationId) > 0)) {
      warehouse = true
    }
  }
  const inNetworkOrder = (ids: Set<string>) => context.stores.map((store) => store.id).filter((id) => ids.has(id))
  return { pickup_store_ids: inNetworkOrder(pickup), stock_store_ids: inNetworkOrder(shelf), warehouse_in_stock: warehouse }
}

/** Every option value of the variants whose option title is one of `titles`. */
function optionValues(variants: VariantGraphRow[], titles: string[] | null): string[] {
  return distinct(
    variants.flatMap((variant) =>
      present(variant.options)
        .filter((option) => !titles || titles.includes((option.option?.title ?? "").trim().toLowerCase()))
        .map((option) => option.value)
    )
  )
}

/** The category ids a product is filed under, its categories' ancestors included (from their materialized path). */
function categoryIds(categories: { id: string; mpath?: string | null }[]): string[] {
  return distinct(categories.flatMap((category) => [...(category.mpath ?? "").split("."), category.id]))
}

const isoDate = (value: string | Date | null | undefined): string | null => {
  if (!value) {
    return null
  }
  const time = new Date(value)
  return Number.isNaN(time.getTime()) ? null : time.toISOString()
}

/** The document a product is indexed as: what shoppers and associates search, filter and facet on. */
export function toProductDocument(product: ProductRow, context: ProductDocumentContext): ProductDocument {
  const variants = present(product.variants)
  const categories = present(product.categories)
  const [defaultPrice] = context.prices
  return {
    id: product.id,
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    handle: product.handle,
    thumbnail: product.thumbnail ?? null,
    status: product.status,
    created_at: isoDate(product.created_at),
    sales_channel_ids: distinct(present(product.sales_channels).map((channel) => channel.id)),
    collection_id: product.collection?.id ?? null,
    collection_title: product.collection?.title ?? null,
    category_ids: categoryIds(categories),
    category_names: distinct(categories.map((category) => category.name)),
    tags: distinct(present(product.tags).map((tag) => tag.value)),
    type: product.type?.value ?? null,
    skus: distinct(variants.map((variant) => variant.sku)),
    barcodes: distinct(variants.flatMap((variant) => [variant.barcode, variant.ean, variant.upc])),
    colours: optionValues(variants, COLOUR_OPTION_TITLES),
    sizes: optionValues(variants, SIZE_OPTION_TITLES),
    option_values: optionValues(variants, null),
    variant_ids: variants.map((variant) => variant.id),
    price: defaultPrice?.amount ?? null,
    currency_code: defaultPrice?.currency_code ?? null,
    prices: context.prices,
    ...productAvailability(variants, context),
  }
}

/**
 * A product's cheapest calculated price in a region, from its variants' `calculated_price` (Medusa's pricing
 * context for that region: price lists and sales included), or null when no variant has a price there.
 */
export function cheapestPrice(
  regionId: string,
  currencyCode: string,
  variants: { calculated_price?: { calculated_amount?: number | null; original_amount?: number | null } | null }[]
): RegionPrice | null {
  let best: RegionPrice | null = null
  for (const variant of variants) {
    const amount = variant.calculated_price?.calculated_amount
    if (amount === null || amount === undefined) {
      continue
    }
    const value = Number(amount)
    if (!best || value < best.amount) {
      const original = Number(variant.calculated_price?.original_amount ?? value)
      best = { region_id: regionId, currency_code: currencyCode, amount: value, original_amount: original }
    }
  }
  return best
}
