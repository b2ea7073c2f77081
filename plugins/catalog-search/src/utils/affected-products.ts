import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** The events that change a product's document, by what their `data.id` names. */
export const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
export const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]
/**
 * Stock, as the inventory module reports it: every change to a level or a reservation, whichever workflow made it
 * (an admin count, an order's reservation, a fulfilment, a return). Medusa's workflow events (`inventory-level.*`,
 * `reservation-item.*`) repeat some of them and are left out, so a change is indexed once.
 */
export const INVENTORY_LEVEL_EVENTS = [
  "inventory.inventory-level.created",
  "inventory.inventory-level.updated",
  "inventory.inventory-level.deleted",
]
export const RESERVATION_EVENTS = [
  "inventory.reservation-item.created",
  "inventory.reservation-item.updated",
  "inventory.reservation-item.deleted",
]
/** Prices: the pricing module's prices (a variant's own, or a price list's). */
export const PRICE_EVENTS = ["pricing.price.created", "pricing.price.updated", "pricing.price.deleted"]

export const PRODUCT_INDEX_EVENTS = [
  ...PRODUCT_EVENTS,
  ...VARIANT_EVENTS,
  ...INVENTORY_LEVEL_EVENTS,
  ...RESERVATION_EVENTS,
  ...PRICE_EVENTS,
]

/**
 * Whether events update the index as they come (the default). A bulk load (the bench data set: 300,000 stock
 * levels, each an event) sets CATALOG_SEARCH_LIVE_INDEXING=false for its run and rebuilds the index once at the end.
 */
export const liveIndexing = () => process.env.CATALOG_SEARCH_LIVE_INDEXING !== "false"

/** Only a deleted product leaves the index; every other event rewrites the products it touches. */
export const isProductDeletion = (eventName: string) => eventName === "product.deleted"

const idsOf = (data: unknown): string[] => {
  const items = Array.isArray(data) ? data : [data]
  return items.flatMap((item: any) => (Array.isArray(item?.id) ? item.id : [item?.id])).filter((id): id is string => typeof id === "string")
}

const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))]

/** The products of some inventory items, through Medusa's variant ↔ inventory item link. */
async function productsOfInventoryItems(query: RemoteQueryFunction, inventoryItemIds: string[]): Promise<string[]> {
  if (!inventoryItemIds.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.product_id"],
    filters: { id: unique(inventoryItemIds) },
    withDeleted: true,
  })
  return unique((data as any[]).flatMap((item) => (item.variants ?? []).map((variant: any) => variant?.product_id)))
}

/**
 * The products whose document an event changes. Deleted rows are read with `withDeleted`, so the level or
 * reservation an event reports gone still leads to its product (whose availability just went up).
 */
export async function productsAffectedBy(
  event: { name: string; data: unknown },
  query: RemoteQueryFunction
): Promise<string[]> {
  const ids = idsOf(event.data)
  if (!ids.length) {
    return []
  }
  if (PRODUCT_EVENTS.includes(event.name)) {
    return unique(ids)
  }
  if (VARIANT_EVENTS.includes(event.name)) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: ids }, withDeleted: true })
    return unique((data as any[]).map((variant) => variant.product_id))
  }
  if (INVENTORY_LEVEL_EVENTS.includes(event.name)) {
    const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id: ids }, withDeleted: true })
    return productsOfInventoryItems(query, (data as any[]).map((level) => level.inventory_item_id))
  }
  if (RESERVATION_EVENTS.includes(event.name)) {
    const { data } = await query.graph({ entity: "reservation", fields: ["inventory_item_id"], filters: { id: ids }, withDeleted: true })
    return productsOfInventoryItems(query, (data as any[]).map((reservation) => reservation.inventory_item_id))
  }
  if (PRICE_EVENTS.includes(event.name)) {
    const { data } = await query.graph({
      entity: "price",
      fields: ["price_set.variant.product_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    return unique((data as any[]).map((price) => price.price_set?.variant?.product_id))
  }
  return []
}
