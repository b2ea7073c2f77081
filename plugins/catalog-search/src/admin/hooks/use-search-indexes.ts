import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { IndexProgress, SearchIndexSummary } from "../types/search-index"

const keys = {
  all: ["search-indexes"] as const,
  progress: (name: string) => ["search-indexes", name, "progress"] as const,
}

/** Medusa's search indexes with their status. */
export const useSearchIndexes = () =>
  useQuery({
    queryKey: keys.all,
    queryFn: () => sdk.client.fetch<{ search_indexes: SearchIndexSummary[]; enabled: boolean }>("/admin/search-indexes"),
  })

/** An index's latest rebuild, polled every second while it runs. */
export const useIndexProgress = (name: string) =>
  useQuery({
    queryKey: keys.progress(name),
    queryFn: () => sdk.client.fetch<{ progress: IndexProgress }>(`/admin/search-indexes/${name}/progress`),
    refetchInterval: (query) => {
      const status = query.state.data?.progress.sync?.status
      return status === "pending" || status === "processing" ? 1000 : false
    },
  })

/** Starts a rebuild through Medusa's reindex route (it answers 202 and runs in the background). */
export const useReindex = (name: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/search-indexes/${name}/reindex`, { method: "POST", body: {} }),
    onSuccess: () => {
      // The rebuild records its first progress a moment after the route answers: look again shortly.
      setTimeout(() => client.invalidateQueries({ queryKey: keys.all }), 500)
      setTimeout(() => client.invalidateQueries({ queryKey: keys.progress(name) }), 500)
    },
  })
}
