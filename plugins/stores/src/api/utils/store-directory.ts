import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { distanceKm } from "../../utils/distance"
import { OpeningStatus, openingStatus, WeeklyOpeningHours } from "../../utils/opening-hours"

export type DirectoryStore = {
  id: string
  code: string
  name: string
  phone: string | null
  timezone: string
  latitude: number
  longitude: number
  offers_pickup: boolean
  address: Record<string, unknown> | null
  opening_hours: WeeklyOpeningHours
  closures: { date: string; reason: string | null }[]
  distance_km: number | null
} & OpeningStatus

export type StoreDirectoryOptions = {
  salesChannelIds: string[]
  from?: { latitude: number; longitude: number }
  at: Date
  pickupOnly?: boolean
  code?: string
}

/**
 * Every store whose stock location serves one of the given sales channels, with its opening status at `at` and,
 * from a point, its distance (nearest first; otherwise by name). A retailer has tens to hundreds of stores, so
 * one read and an in-memory sort is the fast path.
 */
export async function listStoreDirectory(
  scope: MedusaContainer,
  { salesChannelIds, from, at, pickupOnly, code }: StoreDirectoryOptions
): Promise<DirectoryStore[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (code) {
    filters.code = code
  }
  if (pickupOnly) {
    filters.offers_pickup = true
  }
  const { data } = await query.graph({
    entity: "store_profile",
    fields: [
      "id",
      "code",
      "name",
      "phone",
      "timezone",
      "latitude",
      "longitude",
      "offers_pickup",
      "opening_hours",
      "closures.date",
      "closures.reason",
      "stock_location.address.*",
      "stock_location.sales_channels.id",
    ],
    filters,
  })
  const channels = new Set(salesChannelIds)
  const today = at.toISOString().slice(0, 10)

  const stores = data
    .filter((store: any) =>
      (store.stock_location?.sales_channels ?? []).some((channel: { id: string }) => channel && channels.has(channel.id))
    )
    .map((store: any): DirectoryStore => {
      const closures = (store.closures ?? [])
        .map((c: { date: string; reason: string | null }) => ({ date: c.date, reason: c.reason ?? null }))
        .sort((a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date))
      const { id: _addressId, metadata: _m, created_at: _c, updated_at: _u, deleted_at: _d, ...address } =
        store.stock_location?.address ?? {}
      return {
        id: store.id,
        code: store.code,
        name: store.name,
        phone: store.phone ?? null,
        timezone: store.timezone,
        latitude: store.latitude,
        longitude: store.longitude,
        offers_pickup: store.offers_pickup,
        address: store.stock_location?.address ? address : null,
        opening_hours: store.opening_hours,
        // Past closures say nothing to a shopper; keep today's and later ones.
        closures: closures.filter((c: { date: string }) => c.date >= today),
        distance_km: from ? Math.round(distanceKm(from, store) * 100) / 100 : null,
        ...openingStatus(
          store.opening_hours,
          closures.map((c: { date: string }) => c.date),
          store.timezone,
          at
        ),
      }
    })

  return stores.sort((a, b) =>
    from ? a.distance_km! - b.distance_km! || a.name.localeCompare(b.name) : a.name.localeCompare(b.name)
  )
}
