/** Medusa's `GET /admin/search-indexes` answer, as far as the page reads it. */
export type SearchIndexSummary = { name: string; entity: string; provider: string; status: "pending" | "building" | "ready" | "error" }

/** The plugin's `GET /admin/search-indexes/:id/progress` answer. */
export type IndexProgress = {
  index: string
  entity: string
  active_version: number | null
  versions: { version: number; status: string; provider: string }[]
  sync: {
    version: number
    status: "pending" | "processing" | "done" | "failed" | "canceled"
    documents_synced: number
    total: number
    percent: number
    started_at: string | null
    completed_at: string | null
    error: string | null
    partial: boolean
  } | null
}
