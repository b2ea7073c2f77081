import type { AdminPickupListParams } from "../types/pickup"

/** React Query keys of the plugin's admin data. */
export const pickupQueryKeys = {
  all: ["pickups"] as const,
  list: (params: AdminPickupListParams) => ["pickups", "list", params] as const,
  ofOrder: (orderId: string) => ["pickups", "order", orderId] as const,
}

export const storeProfileQueryKeys = {
  options: () => ["store-profiles", "options"] as const,
}
