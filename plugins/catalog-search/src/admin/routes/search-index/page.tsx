import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useIndexProgress, useReindex, useSearchIndexes } from "../../hooks/use-search-indexes"
import type { IndexProgress, SearchIndexSummary } from "../../types/search-index"

const STATUS_COLOURS = { ready: "green", building: "orange", pending: "grey", error: "red" } as const

const formatDate = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "—")

/** The bar of the latest rebuild: documents written against the catalog's size. */
const RebuildProgress = ({ sync }: { sync: NonNullable<IndexProgress["sync"]> }) => (
  <div className="flex flex-col gap-y-2" data-testid="rebuild-progress">
    <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full">
      <div
        className={sync.status === "failed" ? "bg-ui-tag-red-icon h-2" : "bg-ui-fg-interactive h-2"}
        style={{ width: `${sync.percent}%` }}
      />
    </div>
    <Text size="small" className="text-ui-fg-subtle">
      Rebuild v{sync.version}: {sync.status}, {sync.documents_synced} of {sync.total} documents ({sync.percent}%)
      {sync.partial ? ", partial" : ""}. Started {formatDate(sync.started_at)}
      {sync.completed_at ? `, finished ${formatDate(sync.completed_at)}` : ""}.
    </Text>
    {sync.error ? (
      <Text size="small" className="text-ui-fg-error">
        {sync.error}
      </Text>
    ) : null}
  </div>
)

const IndexCard = ({ index }: { index: SearchIndexSummary }) => {
  const progress = useIndexProgress(index.name)
  const reindex = useReindex(index.name)
  const sync = progress.data?.progress.sync
  const running = sync?.status === "pending" || sync?.status === "processing"
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center justify-between gap-x-4">
        <div className="flex items-center gap-x-2">
          <Text weight="plus">{index.name}</Text>
          <Badge size="2xsmall" color={STATUS_COLOURS[index.status]}>
            {index.status}
          </Badge>
          <Text size="small" className="text-ui-fg-subtle">
            {index.entity} · {index.provider} · version {progress.data?.progress.active_version ?? "—"}
          </Text>
        </div>
        <Button size="small" variant="secondary" isLoading={reindex.isPending} disabled={running} onClick={() => reindex.mutate()}>
          Rebuild
        </Button>
      </div>
      {sync ? <RebuildProgress sync={sync} /> : <Text size="small">Never built yet.</Text>}
      {reindex.error ? (
        <Text size="small" className="text-ui-fg-error">
          {reindex.error.message}
        </Text>
      ) : null}
    </div>
  )
}

/** The Search module's indexes: their status, a rebuild button, and how far the running rebuild has gone. */
const SearchIndexPage = () => {
  const { data, error, isLoading } = useSearchIndexes()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading>Search indexes</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          What shoppers and associates search. Changes to products, prices and stock reach an index within seconds; a
          rebuild reads the whole catalog again while the current version keeps answering.
        </Text>
      </div>
      {isLoading ? <Text className="px-6 py-4">Loading…</Text> : null}
      {error ? <Text className="text-ui-fg-error px-6 py-4">{error.message}</Text> : null}
      {data && !data.enabled ? <Text className="px-6 py-4">The Search module is not enabled.</Text> : null}
      {data?.search_indexes.map((index) => <IndexCard key={index.name} index={index} />)}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Search indexes", icon: MagnifyingGlass })

export default SearchIndexPage
