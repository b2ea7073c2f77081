import type { AdminAssociateListParams } from "../types/associate"

/** React Query keys of the plugin's admin data; invalidating `all` refetches every list and detail below it. */
export const associateQueryKeys = {
  all: ["associates"] as const,
  list: (params: AdminAssociateListParams) => ["associates", "list", params] as const,
  detail: (id: string) => ["associates", "detail", id] as const,
}

export const storeProfileQueryKeys = {
  all: ["store-profiles"] as const,
  options: () => ["store-profiles", "options"] as const,
}
