import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminStoreProfileListResponse } from "../types/associate"
import { storeProfileQueryKeys } from "./query-keys"

/** A chain has tens of stores, not thousands: one request fills the store filter and the store pickers. */
export const STORE_OPTIONS_LIMIT = 500

/** Every store as {id, code, name}, sorted by code, for filters and pickers. */
export const useStoreProfileOptions = () =>
  useQuery({
    queryKey: storeProfileQueryKeys.options(),
    queryFn: () =>
      sdk.client.fetch<AdminStoreProfileListResponse>("/admin/store-profiles", {
        method: "GET",
        query: { fields: "id,code,name", limit: STORE_OPTIONS_LIMIT, offset: 0 },
      }),
    select: (data) => ({
      stores: [...data.store_profiles].sort((a, b) => a.code.localeCompare(b.code)),
      count: data.count,
    }),
    staleTime: 60_000,
  })
