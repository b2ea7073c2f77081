/**
 * What /admin/pickups and /admin/orders/:id/pickup answer, as the admin pages read it. Kept here rather than
 * imported from the routes: the admin bundle must not pull server code in.
 */

export const PICKUP_STATUSES = ["placed", "preparing", "ready", "collected", "expired", "canceled"] as const
export type PickupStatus = (typeof PICKUP_STATUSES)[number]

export type AdminPickupStore = {
  id: string | null
  code: string | null
  name: string
  stock_location_id: string
}

export type AdminPickup = {
  id: string
  status: PickupStatus
  code_hint: string | null
  placed_at: string
  preparing_at: string | null
  ready_at: string | null
  hold_until: string | null
  reminded_at: string | null
  collected_at: string | null
  collected_by: string | null
  expired_at: string | null
  canceled_at: string | null
  updated_at: string
  /** Minutes since the order was placed, while the pickup is open (placed, preparing, ready); null after. */
  minutes_waiting: number | null
  order: { id: string; display_id: number; email: string | null; customer_name: string | null } | null
  store: AdminPickupStore | null
}

export type AdminPickupEvent = {
  id: string
  type: string
  note: string | null
  actor_id: string | null
  actor_name: string | null
  created_at: string
}

export type AdminPickupDetail = AdminPickup & {
  collected_by_name: string | null
  /** Oldest first. */
  events: AdminPickupEvent[]
}

export type AdminPickupListParams = {
  store_id?: string
  location_id?: string
  /** Comma-separated statuses. */
  status?: string
  order?: "placed_at" | "-placed_at" | "updated_at" | "-updated_at"
  limit: number
  offset: number
}

export type AdminPickupListResponse = {
  pickups: AdminPickup[]
  count: number
  offset: number
  limit: number
  counts: Record<PickupStatus, number>
}

export type AdminOrderPickupResponse = {
  pickup: AdminPickupDetail
}

/** The few store fields the board needs. */
export type AdminStoreProfileSummary = {
  id: string
  code: string
  name: string
}

export type AdminStoreProfileListResponse = {
  store_profiles: AdminStoreProfileSummary[]
  count: number
}
