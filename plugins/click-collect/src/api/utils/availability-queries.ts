import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LevelRow, PickupStoreRow, VariantRow } from "../../utils/availability"

/**
 * The link table of store profile ↔ stock location (plugins/stores). Medusa names a `defineLink` table after the
 * two modules and keys: `storeProfile` + `store_profile_id`, `stock_location` + `stock_location_id`.
 */
export const STORE_LOCATION_LINK_TABLE = "storeprofile_store_profile_stock_location_stock_location"

export type ChannelLocations = { stores: PickupStoreRow[]; warehouseLocationIds: string[] }

/**
 * The stock locations of the given sales channels, split into pickup stores (a store profile offering pickup) and
 * warehouses (no store profile). A store that doesn't offer pickup is neither. One indexed read; closed days from
 * two days before `at` on (enough for any timezone's "today").
 */
export async function readChannelLocations(pg: Knex, salesChannelIds: string[], at: Date): Promise<ChannelLocations> {
  const since = new Date(at.getTime() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10)
  const { rows } = await pg.raw(
    `select distinct on (sl.id)
        sl.id as stock_location_id, link.store_profile_id as linked_profile_id,
        sp.id, sp.code, sp.name, sp.timezone, sp.latitude, sp.longitude, sp.opening_hours, sp.offers_pickup,
        coalesce((select array_agg(c.date) from store_closure c
                   where c.store_profile_id = sp.id and c.deleted_at is null and c.date >= ?), '{}') as closed_dates
       from sales_channel_stock_location scl
       join stock_location sl on sl.id = scl.stock_location_id and sl.deleted_at is null
       left join ${STORE_LOCATION_LINK_TABLE} link on link.stock_location_id = sl.id and link.deleted_at is null
       left join store_profile sp on sp.id = link.store_profile_id and sp.deleted_at is null
      where scl.sales_channel_id = any(?) and scl.deleted_at is null
      order by sl.id`,
    [since, salesChannelIds]
  )
  const stores: PickupStoreRow[] = []
  const warehouseLocationIds: string[] = []
  for (const row of rows) {
    if (!row.linked_profile_id) {
      warehouseLocationIds.push(row.stock_location_id)
    } else if (row.id && row.offers_pickup) {
      stores.push({
        id: row.id,
        code: row.code,
        name: row.name,
        timezone: row.timezone,
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
        opening_hours: row.opening_hours,
        closed_dates: row.closed_dates ?? [],
        stock_location_id: row.stock_location_id,
      })
    }
  }
  return { stores, warehouseLocationIds }
}

export type VariantSelector = { variantIds: string[] } | { productId: string }

export type VariantStock = { variants: VariantRow[]; levels: LevelRow[] }

/**
 * The variants asked for (by id, or every variant of a product) that the channels sell, published and not
 * deleted, with their inventory items and those items' levels at the channels' stock locations. One indexed
 * read: variant → product_variant_inventory_item → inventory_level (unique on item and location).
 */
export async function readVariantStock(
  pg: Knex,
  selector: VariantSelector,
  salesChannelIds: string[]
): Promise<VariantStock> {
  const byProduct = "productId" in selector
  const { rows } = await pg.raw(
    `select v.id as variant_id, v.manage_inventory, pvi.inventory_item_id, pvi.required_quantity,
            il.location_id, il.stocked_quantity, il.reserved_quantity
       from product_variant v
       join product p on p.id = v.product_id and p.deleted_at is null and p.status = 'published'
       left join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
       left join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
             and il.location_id in (select stock_location_id from sales_channel_stock_location
                                     where sales_channel_id = any(?) and deleted_at is null)
      where v.deleted_at is null and ${byProduct ? "v.product_id = ?" : "v.id = any(?)"}
        and exists (select 1 from product_sales_channel psc
                     where psc.product_id = p.id and psc.sales_channel_id = any(?) and psc.deleted_at is null)
      order by v.variant_rank nulls last, v.id`,
    [salesChannelIds, byProduct ? selector.productId : selector.variantIds, salesChannelIds]
  )
  const variants = new Map<string, VariantRow>()
  const levels: LevelRow[] = []
  for (const row of rows) {
    let variant = variants.get(row.variant_id)
    if (!variant) {
      variant = { id: row.variant_id, manage_inventory: row.manage_inventory, items: [] }
      variants.set(row.variant_id, variant)
    }
    if (row.inventory_item_id && !variant.items.some((item) => item.inventory_item_id === row.inventory_item_id)) {
      variant.items.push({ inventory_item_id: row.inventory_item_id, required_quantity: Number(row.required_quantity) || 1 })
    }
    if (row.location_id) {
      levels.push({
        inventory_item_id: row.inventory_item_id,
        location_id: row.location_id,
        stocked: Number(row.stocked_quantity),
        reserved: Number(row.reserved_quantity),
      })
    }
  }
  return { variants: [...variants.values()], levels }
}

/** Whether the channels sell a published product (to tell "no variants" from "no such product"). */
export async function productSoldIn(pg: Knex, productId: string, salesChannelIds: string[]): Promise<boolean> {
  const { rows } = await pg.raw(
    `select 1 from product p
      where p.id = ? and p.deleted_at is null and p.status = 'published'
        and exists (select 1 from product_sales_channel psc
                     where psc.product_id = p.id and psc.sales_channel_id = any(?) and psc.deleted_at is null)`,
    [productId, salesChannelIds]
  )
  return rows.length > 0
}
