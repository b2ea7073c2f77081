import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminAssociateListParams, AdminAssociateListResponse } from "../types/associate"
import { associateQueryKeys } from "./query-keys"

/** One page of associates; the previous page stays on screen while the next one loads. */
export const useAssociates = (params: AdminAssociateListParams) =>
  useQuery({
    queryKey: associateQueryKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminAssociateListResponse>("/admin/associates", {
        method: "GET",
        query: params,
      }),
    placeholderData: keepPreviousData,
  })
