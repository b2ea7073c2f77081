import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { distanceKm } from "@passerelle/medusa-plugin-stores/utils/distance"

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type InventoryLink = { required_quantity: number; inventory: { location_levels: Level[] } }

export type LocationStock = { stocked: number; reserved: number; available: number }

/**
 * Units of a variant a location can sell now: for every inventory item the variant needs (a kit may need
 * several), (stocked − reserved) ÷ required, and the scarcest item decides.
 */
export function variantStockAt(inventoryItems: InventoryLink[], locationId: string): LocationStock {
  let available = Number.POSITIVE_INFINITY
  let stocked = Number.POSITIVE_INFINITY
  let reserved = 0
  for (const item of inventoryItems) {
    const level = item.inventory.location_levels.find((l) => l?.location_id === locationId)
    const required = item.required_quantity || 1
    const itemStocked = Number(level?.stocked_quantity ?? 0)
    const itemReserved = Number(level?.reserved_quantity ?? 0)
    available = Math.min(available, Math.floor((itemStocked - itemReserved) / required))
    stocked = Math.min(stocked, Math.floor(itemStocked / required))
    reserved = Math.max(reserved, Math.ceil(itemReserved / required))
  }
  if (!inventoryItems.length) {
    return { stocked: 0, reserved: 0, available: 0 }
  }
  return { stocked, reserved, available: Math.max(0, available) }
}

/**
 * Where a variant is: at the associate's store, at the other stores by distance, and at the warehouses (stock
 * locations without a store profile). One read for the variant's levels, one for the store network.
 */
export async function lookUpStock(
  scope: MedusaContainer,
  reference: { field: "id" | "sku" | "barcode"; value: string },
  actingStoreId: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [variant] } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "barcode",
      "manage_inventory",
      "product.title",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { [reference.field]: reference.value },
  })
  if (!variant) {
    const label = reference.field === "id" ? "id" : reference.field === "sku" ? "SKU" : "barcode"
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with ${label} ${reference.value} in the catalog`)
  }
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "store_profile.id", "store_profile.code", "store_profile.name", "store_profile.latitude", "store_profile.longitude"],
  })
  const inventoryItems = ((variant as any).inventory_items ?? []) as InventoryLink[]
  const stock = (locationId: string) => variantStockAt(inventoryItems, locationId)

  const stores = locations.filter((l: any) => l.store_profile)
  const here: any = stores.find((l: any) => l.store_profile.id === actingStoreId)
  const origin = here?.store_profile
  const nearby = stores
    .filter((l: any) => l.store_profile.id !== actingStoreId)
    .map((l: any) => ({
      store: { id: l.store_profile.id, code: l.store_profile.code, name: l.store_profile.name },
      distance_km: origin ? Math.round(distanceKm(origin, l.store_profile) * 10) / 10 : null,
      ...stock(l.id),
    }))
    .sort((a: any, b: any) => (a.distance_km ?? 0) - (b.distance_km ?? 0))

  return {
    variant: {
      id: variant.id,
      title: variant.title,
      sku: variant.sku,
      barcode: variant.barcode,
      product_title: (variant as any).product?.title ?? null,
      manage_inventory: variant.manage_inventory,
    },
    here: here
      ? { store: { id: origin.id, code: origin.code, name: origin.name }, ...stock(here.id) }
      : null,
    nearby,
    warehouses: locations
      .filter((l: any) => !l.store_profile)
      .map((l: any) => ({ location: { id: l.id, name: l.name }, ...stock(l.id) })),
  }
}
