import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminAssociateResponse } from "../types/associate"
import { associateQueryKeys } from "./query-keys"

/** One associate with their stores; idle while `id` is null. */
export const useAssociate = (id: string | null) =>
  useQuery({
    queryKey: associateQueryKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<AdminAssociateResponse>(`/admin/associates/${id}`, { method: "GET" }),
    enabled: !!id,
  })
