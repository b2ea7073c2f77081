import { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminOrderPickupResponse } from "../types/pickup"
import { pickupQueryKeys } from "./query-keys"

/** The pickup of an order, or null when the order is not click & collect (the route's 404). */
export const useOrderPickup = (orderId: string) =>
  useQuery({
    queryKey: pickupQueryKeys.ofOrder(orderId),
    queryFn: async () => {
      try {
        const { pickup } = await sdk.client.fetch<AdminOrderPickupResponse>(`/admin/orders/${orderId}/pickup`)
        return pickup
      } catch (error) {
        if (error instanceof FetchError && error.status === 404) {
          return null
        }
        throw error
      }
    },
  })
