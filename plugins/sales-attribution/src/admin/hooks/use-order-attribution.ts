import { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminOrderAttributionResponse } from "../types/attribution"
import { attributionQueryKeys } from "./query-keys"

/** An order's credits, superseded ones included; null when there is nothing to show (a 404). */
export const useOrderAttribution = (orderId: string) =>
  useQuery({
    queryKey: attributionQueryKeys.ofOrder(orderId),
    queryFn: async () => {
      try {
        return await sdk.client.fetch<AdminOrderAttributionResponse>(`/admin/orders/${orderId}/attribution`)
      } catch (error) {
        if (error instanceof FetchError && error.status === 404) {
          return null
        }
        throw error
      }
    },
  })
