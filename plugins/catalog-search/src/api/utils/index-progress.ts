import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type IndexSyncProgress = {
  version: number
  status: string
  documents_synced: number
  /** Rows of the index's entity today: what a full rebuild goes through. */
  total: number
  /** documents_synced ÷ total, 0–100 (a rebuild of a growing catalog may pass it: capped). */
  percent: number
  started_at: string | null
  completed_at: string | null
  error: string | null
  /** A partial rebuild (`filters` given) covers only part of the entity: its percent is only indicative. */
  partial: boolean
}

export type IndexProgress = {
  index: string
  entity: string
  active_version: number | null
  versions: { version: number; status: string; provider: string }[]
  /** The latest rebuild of the index, running or finished; null before the first. */
  sync: IndexSyncProgress | null
}

/**
 * How far an index's rebuild has gone. The Search module records each rebuild's progress (`search_index_sync`:
 * documents written, the last key) but serves no route for it, so it is read here from the module's tables, and
 * set against the number of rows of the index's entity.
 */
export async function readIndexProgress(scope: MedusaContainer, indexName: string): Promise<IndexProgress> {
  const searchModule = scope.resolve(Modules.SEARCH)
  let definition: { entity: string }
  try {
    definition = searchModule.getIndex(indexName)
  } catch {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No search index named "${indexName}"`)
  }
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ rows: versions }, { rows: syncs }, { metadata }] = await Promise.all([
    pg.raw(
      `select i.active_version, v.version, v.status, v.provider
         from search_index i
         join search_index_version v on v.search_index_id = i.id and v.deleted_at is null
        where i.name = ? and i.deleted_at is null
        order by v.version desc`,
      [indexName]
    ),
    // A rebuild writes a sync row, then a short catch-up pass writes a second one (rereading what changed
    // meanwhile, usually nothing): a running row first, else the newest version's latest row that wrote documents.
    pg.raw(
      `select v.version, s.status, s.documents_synced, s.started_at, s.completed_at, s.error, s.filters
         from search_index i
         join search_index_version v on v.search_index_id = i.id
         join search_index_sync s on s.search_index_version_id = v.id and s.deleted_at is null
        where i.name = ? and i.deleted_at is null
        order by (s.status in ('pending', 'processing')) desc, v.version desc, (s.documents_synced > 0) desc, s.created_at desc
        limit 1`,
      [indexName]
    ),
    query.graph({ entity: definition.entity, fields: ["id"], pagination: { skip: 0, take: 1 } }),
  ])
  const total = Number(metadata?.count ?? 0)
  const latest = syncs[0] as any
  return {
    index: indexName,
    entity: definition.entity,
    active_version: versions[0]?.active_version ?? null,
    versions: (versions as any[]).map((row) => ({ version: row.version, status: row.status, provider: row.provider })),
    sync: latest
      ? {
          version: latest.version,
          status: latest.status,
          documents_synced: latest.documents_synced,
          total,
          percent: total ? Math.min(100, Math.round((latest.documents_synced / total) * 100)) : latest.status === "done" ? 100 : 0,
          started_at: latest.started_at ? new Date(latest.started_at).toISOString() : null,
          completed_at: latest.completed_at ? new Date(latest.completed_at).toISOString() : null,
          error: latest.error ?? null,
          partial: latest.filters !== null && latest.filters !== undefined,
        }
      : null,
  }
}
