import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminOrderStoreReturnsResponse } from "../types/store-return"

export const storeReturnQueryKeys = {
  ofOrder: (orderId: string) => ["store-returns", "order", orderId] as const,
}

/** The store returns of an order, newest first (an empty list for an order never returned in a store). */
export const useOrderStoreReturns = (orderId: string) =>
  useQuery({
    queryKey: storeReturnQueryKeys.ofOrder(orderId),
    queryFn: async () => {
      const { store_returns } = await sdk.client.fetch<AdminOrderStoreReturnsResponse>(
        `/admin/orders/${orderId}/store-returns`
      )
      return store_returns
    },
  })
