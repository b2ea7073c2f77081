import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PICKUP_STATUSES, type PickupStatus } from "../../modules/click-collect/models/pickup"

/**
 * The link table of stock location ↔ pickup (src/links/stock-location-pickups.ts). Medusa names a `defineLink`
 * table after the two modules and keys: `stock_location` + `stock_location_id`, `clickCollect` + `pickup_id`.
 */
export const LOCATION_PICKUP_LINK_TABLE = "stock_location_stock_location_clickcollect_pickup"

/** The sort orders a page of a location's pickups can take (columns of `pickup`, whitelisted: never from input). */
const ORDER_COLUMNS = { placed_at: "p.placed_at", updated_at: "p.updated_at" } as const
export type LocationPickupOrder = keyof typeof ORDER_COLUMNS | `-${keyof typeof ORDER_COLUMNS}`

/** A location's pickups through the link table, or every pickup when no location is given. */
function pickupsOf(stockLocationId: string | undefined): { from: string; bindings: string[] } {
  return stockLocationId
    ? {
        from: `from ${LOCATION_PICKUP_LINK_TABLE} link
               join pickup p on p.id = link.pickup_id and p.deleted_at is null
              where link.stock_location_id = ? and link.deleted_at is null`,
        bindings: [stockLocationId],
      }
    : { from: "from pickup p where p.deleted_at is null", bindings: [] }
}

/**
 * How many pickups a stock location (or the whole network) has in each status, counted by PostgreSQL: a store's
 * queue stays one grouped, indexed query however many pickups it handed over in past years.
 */
export async function countLocationPickups(
  scope: MedusaContainer,
  stockLocationId: string | undefined
): Promise<Record<PickupStatus, number>> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { from, bindings } = pickupsOf(stockLocationId)
  const { rows } = await pg.raw(`select p.status, count(*)::int as count ${from} group by p.status`, bindings)
  const counts = Object.fromEntries(PICKUP_STATUSES.map((status) => [status, 0])) as Record<PickupStatus, number>
  for (const row of rows as { status: PickupStatus; count: number }[]) {
    counts[row.status] = row.count
  }
  return counts
}

/**
 * One page of a stock location's (or the network's) pickup ids in the given statuses (all when none given), in the
 * given order.
 */
export async function pageLocationPickupIds(
  scope: MedusaContainer,
  stockLocationId: string | undefined,
  page: { statuses?: PickupStatus[]; order: LocationPickupOrder; limit: number; offset: number }
): Promise<string[]> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const descending = page.order.startsWith("-")
  const column = ORDER_COLUMNS[(descending ? page.order.slice(1) : page.order) as keyof typeof ORDER_COLUMNS]
  const direction = descending ? "desc" : "asc"
  const statuses = page.statuses?.length ? page.statuses : [...PICKUP_STATUSES]
  const { from, bindings } = pickupsOf(stockLocationId)
  const { rows } = await pg.raw(
    `select p.id ${from} and p.status = any(?) order by ${column} ${direction}, p.id asc limit ? offset ?`,
    [...bindings, statuses, page.limit, page.offset]
  )
  return (rows as { id: string }[]).map((row) => row.id)
}
