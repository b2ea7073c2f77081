import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LevelRow, PickupStoreRow, VariantRow } from "../../utils/availability"

/**
 * The link table of store profile ↔ stock location (plugins/stores). Medusa names a `defineLink` table after the
 * two modules and keys: `storeProfile` + `store_profile_id`, `stock_location` + `stock_location_id`.
 */
export const STORE_LOCATION_LINK_TABLE = "storeprofile_store_profile_stock_location_stock_location"

export type VariantSelector = { variantIds: string[] } | { productId: string }

export type AvailabilityRows = {
  /** The channels' stock locations that are stores offering pickup. */
  stores: PickupStoreRow[]
  /** The channels' stock locations without a store profile. */
  warehouseLocationIds: string[]
  /** The variants asked for that the channels sell (published, not deleted), in the product's order. */
  variants: VariantRow[]
  /** Their inventory items' levels at the channels' stock locations. */
  levels: LevelRow[]
}

/**
 * Everything availability needs, in one statement: the channels' stock locations with their store profile
 * (hours, closed days from $3 on), and the variants asked for with their inventory items and those items' levels
 * at the channels' locations. Every join follows an index: variant by id or product_id, the
 * product_variant_inventory_item link by variant_id, inventory_level by inventory_item_id, the channel's
 * locations by sales_channel_id. JSON comes back in two columns, so one round trip and one row to parse.
 */
const statement = (variantFilter: string) => `
with channel_location as (
  select distinct scl.stock_location_id as id
    from sales_channel_stock_location scl
    join stock_location sl on sl.id = scl.stock_location_id and sl.deleted_at is null
   where scl.sales_channel_id = any($1) and scl.deleted_at is null
), located as (
  select cl.id as stock_location_id, link.store_profile_id as linked_profile_id,
         sp.id, sp.code, sp.name, sp.timezone, sp.latitude, sp.longitude, sp.opening_hours, sp.offers_pickup,
         coalesce((select array_agg(c.date) from store_closure c
                    where c.store_profile_id = sp.id and c.deleted_at is null and c.date >= $3), '{}') as closed_dates
    from channel_location cl
    left join ${STORE_LOCATION_LINK_TABLE} link on link.stock_location_id = cl.id and link.deleted_at is null
    left join store_profile sp on sp.id = link.store_profile_id and sp.deleted_at is null
), variant as (
  select v.id, v.manage_inventory, v.variant_rank
    from product_variant v
    join product p on p.id = v.product_id and p.deleted_at is null and p.status = 'published'
   where v.deleted_at is null and ${variantFilter}
     and exists (select 1 from product_sales_channel psc
                  where psc.product_id = p.id and psc.sales_channel_id = any($1) and psc.deleted_at is null)
)
select
  (select coalesce(json_agg(located), '[]') from located) as locations,
  (select coalesce(json_agg(json_build_object(
      'id', v.id,
      'manage_inventory', v.manage_inventory,
      'items', (select coalesce(json_agg(json_build_object(
                  'inventory_item_id', pvi.inventory_item_id,
                  'required_quantity', pvi.required_quantity,
                  'levels', (select coalesce(json_agg(json_build_array(il.location_id, il.stocked_quantity, il.reserved_quantity)), '[]')
                               from inventory_level il
                              where il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
                                and il.location_id in (select id from channel_location)))), '[]')
                  from product_variant_inventory_item pvi
                 where pvi.variant_id = v.id and pvi.deleted_at is null))
    order by v.variant_rank nulls last, v.id), '[]')
     from variant v) as variants`

// Named statements are planned once per connection and reused: planning costs as much as running this one.
const BY_PRODUCT = { name: "click-collect-availability-by-product", text: statement("v.product_id = $2") }
const BY_VARIANTS = { name: "click-collect-availability-by-variants", text: statement("v.id = any($2)") }

type LocatedRow = {
  stock_location_id: string
  linked_profile_id: string | null
  id: string | null
  code: string
  name: string
  timezone: string
  latitude: number
  longitude: number
  opening_hours: PickupStoreRow["opening_hours"]
  offers_pickup: boolean
  closed_dates: string[]
}
type VariantJson = {
  id: string
  manage_inventory: boolean
  items: { inventory_item_id: string; required_quantity: number; levels: [string, number, number][] }[]
}

/** Runs a named statement on a connection of Medusa's pool (knex has no prepared-statement API of its own). */
async function namedQuery(pg: Knex, query: { name: string; text: string }, values: unknown[]) {
  const client = pg.client as any
  const connection = await client.acquireConnection()
  try {
    return await connection.query({ ...query, values })
  } finally {
    await client.releaseConnection(connection)
  }
}

export async function readAvailabilityRows(
  pg: Knex,
  selector: VariantSelector,
  salesChannelIds: string[],
  at: Date
): Promise<AvailabilityRows> {
  // Closed days from two days before `at`: enough for "today" in any timezone.
  const since = new Date(at.getTime() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10)
  const byProduct = "productId" in selector
  const { rows: [row] } = await namedQuery(pg, byProduct ? BY_PRODUCT : BY_VARIANTS, [
    salesChannelIds,
    byProduct ? selector.productId : selector.variantIds,
    since,
  ])

  const stores: PickupStoreRow[] = []
  const warehouseLocationIds: string[] = []
  for (const location of row.locations as LocatedRow[]) {
    if (!location.linked_profile_id) {
      warehouseLocationIds.push(location.stock_location_id)
    } else if (location.id && location.offers_pickup) {
      stores.push({
        id: location.id,
        code: location.code,
        name: location.name,
        timezone: location.timezone,
        latitude: Number(location.latitude),
        longitude: Number(location.longitude),
        opening_hours: location.opening_hours,
        closed_dates: location.closed_dates ?? [],
        stock_location_id: location.stock_location_id,
      })
    }
  }

  const variants: VariantRow[] = []
  const levels: LevelRow[] = []
  for (const variant of row.variants as VariantJson[]) {
    variants.push({
      id: variant.id,
      manage_inventory: variant.manage_inventory,
      items: variant.items.map((item) => ({
        inventory_item_id: item.inventory_item_id,
        required_quantity: Number(item.required_quantity) || 1,
      })),
    })
    for (const item of variant.items) {
      for (const [location_id, stocked, reserved] of item.levels) {
        levels.push({ inventory_item_id: item.inventory_item_id, location_id, stocked: Number(stocked), reserved: Number(reserved) })
      }
    }
  }
  return { stores, warehouseLocationIds, variants, levels }
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
