import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminPickupListParams, AdminPickupListResponse } from "../types/pickup"
import { pickupQueryKeys } from "./query-keys"

/** The board reads its columns again this often: staff move parcels while the page is open. */
export const PICKUP_BOARD_REFRESH_MS = 30_000

/** Pickups of a store (or all), refreshed every 30 s; the previous answer stays on screen meanwhile. */
export const usePickups = (params: AdminPickupListParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: pickupQueryKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminPickupListResponse>("/admin/pickups", {
        method: "GET",
        query: params,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: PICKUP_BOARD_REFRESH_MS,
    enabled: options.enabled ?? true,
  })
