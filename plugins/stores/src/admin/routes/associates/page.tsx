import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useCallback, useMemo, useState } from "react"
import { useAssociateColumns } from "../../components/associates/associate-columns"
import { buildAssociateFilters, filteringToParams, keepOneStore } from "../../components/associates/associate-filters"
import { CreateAssociateModal } from "../../components/associates/create-associate-modal"
import { EditAssociateDrawer } from "../../components/associates/edit-associate-drawer"
import { useAssociates } from "../../hooks/use-associates"
import { useStoreProfileOptions } from "../../hooks/use-store-profile-options"
import { useToggleAssociateActive } from "../../hooks/use-toggle-associate-active"
import type { AdminAssociate } from "../../types/associate"

const PAGE_SIZE = 20

/** The merchandiser's list of store staff: find them, create them, change their stores, lock them out. */
const AssociatesPage = () => {
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [creating, setCreating] = useState(false)
  const [editingId, setEditingId] = useState<string | null>(null)

  const { data: storeData } = useStoreProfileOptions()
  const stores = useMemo(() => storeData?.stores ?? [], [storeData])

  const params = {
    q: search.trim() || undefined,
    ...filteringToParams(filtering),
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isError, error } = useAssociates(params)

  const { toggle } = useToggleAssociateActive()
  const onEdit = useCallback((associate: AdminAssociate) => setEditingId(associate.id), [])
  const columns = useAssociateColumns({ onEdit, onToggleActive: toggle })
  const filters = useMemo(() => buildAssociateFilters(stores), [stores])

  const table = useDataTable({
    columns,
    data: data?.associates ?? [],
    getRowId: (associate) => associate.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: (next) => setFiltering(keepOneStore(next)) },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, associate) => setEditingId(associate.id),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>Associates</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Store staff with a POS login, and the stores they work for.
            </Text>
          </div>
          <div className="flex w-full items-center gap-x-2 md:w-auto">
            <DataTable.FilterMenu tooltip="Filter by store, role or status" />
            <DataTable.Search placeholder="Search name, email, code" />
            <Button type="button" size="small" variant="secondary" onClick={() => setCreating(true)}>
              Create
            </Button>
          </div>
        </DataTable.Toolbar>
        {isError && (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              Could not load the associates: {error.message}
            </Text>
          </div>
        )}
        <DataTable.Table
          emptyState={{
            empty: {
              heading: "No associates yet",
              description: "Create one to give a member of store staff a POS login.",
            },
            filtered: {
              heading: "No associate matches",
              description: "Try another search or remove a filter.",
            },
          }}
        />
        <DataTable.Pagination />
      </DataTable>

      <CreateAssociateModal open={creating} onOpenChange={setCreating} stores={stores} />
      <EditAssociateDrawer associateId={editingId} onClose={() => setEditingId(null)} stores={stores} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Associates",
  icon: Users,
})

export default AssociatesPage
