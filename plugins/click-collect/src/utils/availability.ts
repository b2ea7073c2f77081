import { distanceKm } from "@passerelle/medusa-plugin-stores/utils/distance"
import { localMoment, type WeeklyOpeningHours } from "@passerelle/medusa-plugin-stores/utils/opening-hours"

type LocalMoment = ReturnType<typeof localMoment>

/** A store offering pickup, as read from the database. */
export type PickupStoreRow = {
  id: string
  code: string
  name: string
  timezone: string
  latitude: number
  longitude: number
  opening_hours: WeeklyOpeningHours
  /** Store-local YYYY-MM-DD days it is shut although its weekly hours say open. */
  closed_dates: string[]
  stock_location_id: string
}

/** A variant asked about, with the inventory items it is made of (a kit needs several). */
export type VariantRow = {
  id: string
  manage_inventory: boolean
  items: { inventory_item_id: string; required_quantity: number }[]
}

/** One inventory level: what a location holds of one inventory item. */
export type LevelRow = { inventory_item_id: string; location_id: string; stocked: number; reserved: number }

export type SameDayPickup = {
  /** Whether an order placed at `at` can be collected the same store-local day (stock aside). */
  pick_up_today: boolean
  /** The store-local time ("HH:MM") today's orders must be placed by; null when the store doesn't open today. */
  order_by: string | null
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`

/**
 * Whether an order placed at `at` can be picked up today at a store: the store opens today (its weekly hours, in
 * its own timezone, less its closed days) and `at` is at least `cutoffMinutes` before today's last closing time.
 * Before opening counts: an order placed at 08:00 is ready when the shop opens.
 */
export function sameDayPickup(
  hours: WeeklyOpeningHours,
  closedDates: Iterable<string>,
  timezone: string,
  at: Date,
  cutoffMinutes: number
): SameDayPickup {
  return sameDayPickupAt(hours, closedDates, localMoment(at, timezone), cutoffMinutes)
}

/** `sameDayPickup` from the store-local moment, which a caller with many stores in one timezone computes once. */
export function sameDayPickupAt(
  hours: WeeklyOpeningHours,
  closedDates: Iterable<string>,
  now: LocalMoment,
  cutoffMinutes: number
): SameDayPickup {
  const closed = new Set(closedDates)
  const today = closed.has(now.date) ? [] : hours[now.weekday] ?? []
  if (!today.length) {
    return { pick_up_today: false, order_by: null }
  }
  const lastClose = Math.max(...today.map((interval) => toMinutes(interval.closes)))
  const orderBy = lastClose - cutoffMinutes
  return { pick_up_today: now.minutes < orderBy, order_by: orderBy >= 0 ? toTime(orderBy) : null }
}

/**
 * Units of a variant a location holds for sale: for every inventory item it is made of,
 * ⌊(stocked − reserved) ÷ required⌋, the scarcest item deciding. An item with no level there counts as none.
 */
export function unitsAt(variant: VariantRow, levels: Map<string, LevelRow>, locationId: string): number {
  if (!variant.items.length) {
    return 0
  }
  let units = Number.POSITIVE_INFINITY
  for (const item of variant.items) {
    const level = levels.get(levelKey(item.inventory_item_id, locationId))
    const free = level ? level.stocked - level.reserved : 0
    units = Math.min(units, Math.floor(free / (item.required_quantity || 1)))
  }
  return Math.max(0, units)
}

/** What a store may promise online: its units less the safety buffer, never below zero. */
export function availableForPickup(units: number, safetyBuffer: number): number {
  return Math.max(0, units - safetyBuffer)
}

export const levelKey = (inventoryItemId: string, locationId: string) => `${inventoryItemId}:${locationId}`

export type Point = { latitude: number; longitude: number }

export type RankedStore = PickupStoreRow & { distance_km: number | null }

/** Nearest first from `from` (distance in km, two decimals), ties and no point by name. */
export function sortStores(stores: PickupStoreRow[], from?: Point): RankedStore[] {
  return stores
    .map((store) => ({
      ...store,
      distance_km: from ? Math.round(distanceKm(from, store) * 100) / 100 : null,
    }))
    .sort((a, b) =>
      from ? a.distance_km! - b.distance_km! || a.name.localeCompare(b.name) : a.name.localeCompare(b.name)
    )
}

export type StoreSummary = {
  id: string
  code: string
  name: string
  stock_location_id: string
  timezone: string
  distance_km: number | null
} & SameDayPickup

export type VariantAvailability = {
  variant_id: string
  manage_inventory: boolean
  /** One entry per store, in the order of the top-level `stores`. `available` is null when stock isn't managed. */
  stores: { store_id: string; code: string; available: number | null; pick_up_today: boolean }[]
  /** Units at the channel's stock locations that are not stores (no buffer): "ships in 2-3 days". */
  warehouse: { available: number | null }
}

export type Availability = { stores: StoreSummary[]; variants: VariantAvailability[] }

export type AvailabilityInput = {
  stores: PickupStoreRow[]
  /** Stock locations of the channel that are not stores. */
  warehouseLocationIds: string[]
  variants: VariantRow[]
  levels: LevelRow[]
  safetyBuffer: number
  sameDayCutoffMinutes: number
  at: Date
  from?: Point
}

/**
 * Per variant, per pickup store: the units the web shop may promise and whether they can be collected today;
 * and the warehouse's units. A variant whose stock Medusa doesn't manage is always sellable (`available: null`),
 * so only the store's hours decide whether it can be collected today.
 */
export function buildAvailability(input: AvailabilityInput): Availability {
  // Reading the clock in a timezone costs a formatter (~0.1 ms): once per timezone, not once per store.
  const moments = new Map<string, LocalMoment>()
  const momentIn = (timezone: string) => {
    if (!moments.has(timezone)) {
      moments.set(timezone, localMoment(input.at, timezone))
    }
    return moments.get(timezone)!
  }
  const stores = sortStores(input.stores, input.from).map((store) => ({
    store,
    pickup: sameDayPickupAt(store.opening_hours, store.closed_dates, momentIn(store.timezone), input.sameDayCutoffMinutes),
  }))
  const levels = new Map(input.levels.map((level) => [levelKey(level.inventory_item_id, level.location_id), level]))

  return {
    stores: stores.map(({ store, pickup }) => ({
      id: store.id,
      code: store.code,
      name: store.name,
      stock_location_id: store.stock_location_id,
      timezone: store.timezone,
      distance_km: store.distance_km,
      ...pickup,
    })),
    variants: input.variants.map((variant) => {
      const managed = variant.manage_inventory
      return {
        variant_id: variant.id,
        manage_inventory: managed,
        stores: stores.map(({ store, pickup }) => {
          const available = managed
            ? availableForPickup(unitsAt(variant, levels, store.stock_location_id), input.safetyBuffer)
            : null
          return {
            store_id: store.id,
            code: store.code,
            available,
            pick_up_today: pickup.pick_up_today && (available === null || available > 0),
          }
        }),
        warehouse: {
          available: managed
            ? input.warehouseLocationIds.reduce((sum, locationId) => sum + unitsAt(variant, levels, locationId), 0)
            : null,
        },
      }
    }),
  }
}
