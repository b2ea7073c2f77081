import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch } from "meilisearch" with { "resolution-mode": "import" }
import { toStoredDocument } from "../../utils/documents"
import { type IndexedField, indexedFields } from "../../utils/index-fields"
import { MEILISEARCH_IDENTIFIER, toMeilisearchSettings } from "../../utils/index-settings"
import { type MeilisearchOptions, parseMeilisearchOptions } from "../../utils/options"
import { fromMeilisearchSearch, type MeilisearchSearchResponse, toMeilisearchSearch } from "../../utils/search-request"
import { toMeilisearchFilter } from "../../utils/translate-filters"

type EnqueuedTask = { taskUid: number; indexUid: string | null; status: string }

/** Meilisearch's error codes that mean "no such index". */
const MISSING_INDEX = ["index_not_found"]

/**
 * Medusa's errors for Meilisearch's: a missing index is NOT_FOUND (the Search module then refreshes its versions
 * and retries), a bad filter or sort NOT_ALLOWED (a 400), and a rate limit keeps `status: 429` so a rebuild backs
 * off and retries. Anything else is left as it came.
 */
export function toMedusaError(error: unknown): unknown {
  const apiError = error as { name?: string; message?: string; cause?: { code?: string; message?: string }; response?: { status?: number } }
  const code = apiError?.cause?.code
  const status = apiError?.response?.status
  const message = apiError?.cause?.message ?? apiError?.message ?? String(error)
  if (code && MISSING_INDEX.includes(code)) {
    return new MedusaError(MedusaError.Types.NOT_FOUND, `Meilisearch: ${message}`)
  }
  if (status === 429) {
    return Object.assign(new Error(`Meilisearch is rate limiting: ${message}`), { status: 429 })
  }
  if (code?.startsWith("invalid_search") || code?.startsWith("invalid_document_filter") || status === 400) {
    return new MedusaError(MedusaError.Types.NOT_ALLOWED, `Meilisearch: ${message}`)
  }
  return error
}

/** The fields a filter names, every one taken as a filterable list of keywords. */
function fieldsNamedIn(filters: SearchTypes.SearchFilters): IndexedField[] {
  const paths = new Set<string>()
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk)
      return
    }
    if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$and" || key === "$or" || key === "$not") {
          walk(value)
        } else if (!key.startsWith("$") && key !== "q") {
          paths.add(key)
        }
      }
    }
  }
  walk(filters)
  return [...paths].map((path) => ({ path, type: "keyword", array: true, filterable: true, in_array: false }))
}

const enqueued = (task: EnqueuedTask): SearchTypes.SearchTask => ({
  id: String(task.taskUid),
  index: task.indexUid ?? undefined,
  status: "enqueued",
})

/**
 * A Medusa Search provider on Meilisearch (the official `meilisearch` client). Writes are Meilisearch tasks,
 * answered `enqueued`; the Search module waits for them with `waitForTask` before it trusts a rebuild or
 * acknowledges an event. Dates are stored as epoch milliseconds (Meilisearch filters and sorts numbers only) and
 * answered as ISO strings again.
 */
export class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static identifier = MEILISEARCH_IDENTIFIER

  protected readonly options_: MeilisearchOptions
  protected readonly logger_?: Logger
  private client_?: Promise<Meilisearch>
  /** The definitions of the physical indexes seen so far (Medusa names only the index when it deletes by filter). */
  private readonly definitions_ = new Map<string, SearchTypes.ResolvedSearchIndexDefinition>()

  constructor(container: { logger?: Logger }, options: Record<string, unknown>) {
    super()
    this.options_ = parseMeilisearchOptions(options)
    this.logger_ = container.logger
  }

  /** The client, made on first use: the `meilisearch` package is ECMAScript modules only. */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({
          host: this.options_.host,
          apiKey: this.options_.apiKey,
          timeout: this.options_.requestTimeoutMs,
          clientAgents: ["passerelle-medusa-search"],
        })
    )
    return this.client_
  }

  protected async call<T>(action: (client: Meilisearch) => Promise<T>): Promise<T> {
    const client = await this.client()
    try {
      return await action(client)
    } catch (error) {
      throw toMedusaError(error)
    }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    this.definitions_.set(index.physical_name, index)
    const settings = toMeilisearchSettings(index)
    return this.call(async (client) => {
      const exists = await client
        .getRawIndex(index.physical_name)
        .then(() => true)
        .catch((error) => {
          if (MISSING_INDEX.includes((error as any)?.cause?.code)) {
            return false
          }
          throw error
        })
      if (!exists) {
        await client.createIndex(index.physical_name, { primaryKey: index.primary_key })
      }
      // Tasks of one index run in order: the settings apply after the creation.
      const task = (await client.index(index.physical_name).updateSettings(settings as any)) as unknown as EnqueuedTask
      return enqueued(task)
    })
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.call(async (client) => enqueued((await client.deleteIndex(index)) as unknown as EnqueuedTask))
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return this.call(async (client) => {
      const [{ results }, stats] = await Promise.all([client.getRawIndexes({ limit: 1000 }), client.getStats()])
      return results.map((raw: any) => ({
        name: raw.uid,
        provider: MEILISEARCH_IDENTIFIER,
        document_count: (stats.indexes as Record<string, { numberOfDocuments: number }>)[raw.uid]?.numberOfDocuments ?? 0,
        created_at: raw.createdAt ? new Date(raw.createdAt) : undefined,
        updated_at: raw.updatedAt ? new Date(raw.updatedAt) : undefined,
      }))
    })
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) {
      return { index, status: "succeeded" }
    }
    this.definitions_.set(index, definition)
    const stored = documents.map((document) => toStoredDocument(document, definition))
    return this.call(async (client) =>
      enqueued((await client.index(index).addDocuments(stored, { primaryKey: definition.primary_key })) as unknown as EnqueuedTask)
    )
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const definition = this.definitions_.get(index)
    const primaryKey = definition?.primary_key ?? "id"
    const ids = extractPrimaryKeyFilter(filters, { primary_key: primaryKey })
    return this.call(async (client) => {
      if (ids) {
        return enqueued((await client.index(index).deleteDocuments(ids)) as unknown as EnqueuedTask)
      }
      // A definition not seen since start-up: the filter's fields are taken as they come (Meilisearch refuses
      // one that is not filterable).
      const fields = definition ? indexedFields(definition.fields) : fieldsNamedIn(filters)
      const filter = toMeilisearchFilter(filters, fields, primaryKey)
      if (!filter) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Deleting from "${index}" requires a filter`)
      }
      return enqueued((await client.index(index).deleteDocuments({ filter })) as unknown as EnqueuedTask)
    })
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.call(async (client) => enqueued((await client.index(index).deleteAllDocuments()) as unknown as EnqueuedTask))
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** One multi-search round trip for every query and each range of their range facets. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    for (const input of inputs) {
      this.definitions_.set(input.index.physical_name, input.index)
    }
    const plans = inputs.map((input) => ({ input, ...toMeilisearchSearch(input) }))
    const queries = plans.flatMap(({ params, ranges }) => [
      params,
      ...ranges.map((range) => ({ indexUid: params.indexUid, q: params.q, limit: 0, ...(range.filter ? { filter: range.filter } : {}) })),
    ])
    const { results } = await this.call((client) => client.multiSearch({ queries: queries as any }))
    let cursor = 0
    return plans.map(({ input, ranges }) => {
      const response = results[cursor++] as unknown as MeilisearchSearchResponse
      const counts = ranges.map((range) => ({ ...range, count: (results[cursor++] as any).estimatedTotalHits ?? 0 }))
      return fromMeilisearchSearch(input, response, counts)
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (task.id === undefined || task.status === "succeeded" || task.status === "failed") {
      return task
    }
    const done = await this.call((client) =>
      client.tasks.waitForTask(Number(task.id), {
        timeout: options?.timeout_ms ?? this.options_.taskTimeoutMs,
        interval: this.options_.taskIntervalMs,
      })
    )
    if (done.status === "succeeded") {
      return { ...task, status: "succeeded" }
    }
    const error = (done as any).error as { message?: string; code?: string } | null
    if (error?.code && MISSING_INDEX.includes(error.code) && (done as any).type === "indexDeletion") {
      // Deleting an index that is already gone leaves nothing to do.
      return { ...task, status: "succeeded" }
    }
    this.logger_?.warn(`Meilisearch task ${task.id} ${done.status}: ${error?.message ?? "no reason given"}`)
    return { ...task, status: "failed", error: { message: error?.message ?? `task ${done.status}`, code: error?.code } }
  }
}
