import type { DataTableFilter, DataTableFilteringState } from "@medusajs/ui"
import type { AdminAssociateListParams, AdminStoreProfileSummary, AssociateRole } from "../../types/associate"

/** The list's filters, each named for the GET /admin/associates parameter it sets. */
export const buildAssociateFilters = (stores: AdminStoreProfileSummary[]): DataTableFilter[] => [
  {
    id: "store_id",
    type: "select",
    label: "Store",
    options: stores.map((store) => ({ label: `${store.code} · ${store.name}`, value: store.id })),
  },
  {
    id: "role",
    type: "radio",
    label: "Role",
    options: [
      { label: "Associate", value: "associate" },
      { label: "Manager", value: "manager" },
    ],
  },
  {
    id: "is_active",
    type: "radio",
    label: "Status",
    options: [
      { label: "Active", value: "true" },
      { label: "Inactive", value: "false" },
    ],
  },
]

/**
 * The store filter is a searchable "select", which collects several values, but the API filters by one store:
 * a new pick replaces the previous one (the select appends it last).
 */
export const keepOneStore = (filtering: DataTableFilteringState): DataTableFilteringState => {
  const stores = filtering.store_id
  return Array.isArray(stores) && stores.length > 1 ? { ...filtering, store_id: stores.slice(-1) } : filtering
}

const single = (value: unknown): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === "string" && first ? first : undefined
}

/** The table's filter state as query parameters; a filter without a value sets nothing. */
export const filteringToParams = (
  filtering: DataTableFilteringState
): Pick<AdminAssociateListParams, "store_id" | "role" | "is_active"> => {
  const isActive = single(filtering.is_active)
  return {
    store_id: single(filtering.store_id),
    role: single(filtering.role) as AssociateRole | undefined,
    is_active: isActive === undefined ? undefined : isActive === "true",
  }
}
