import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminStoreProfileListResponse } from "../types/pickup"
import { storeProfileQueryKeys } from "./query-keys"

/** A chain has tens of stores, not thousands: one request fills the store selector. */
export const STORE_OPTIONS_LIMIT = 500

/** Every store as {id, code, name}, sorted by code (GET /admin/store-profiles, from the stores plugin). */
export const useStoreProfileOptions = () =>
  useQuery({
    queryKey: storeProfileQueryKeys.options(),
    queryFn: () =>
      sdk.client.fetch<AdminStoreProfileListResponse>("/admin/store-profiles", {
        method: "GET",
        query: { fields: "id,code,name", limit: STORE_OPTIONS_LIMIT, offset: 0 },
      }),
    select: (data) => [...data.store_profiles].sort((a, b) => a.code.localeCompare(b.code)),
    staleTime: 60_000,
  })
