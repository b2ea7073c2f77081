import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument } from "@medusajs/framework/utils"
import { fromStoredDocument } from "./documents"
import { fieldAt, indexedFields } from "./index-fields"
import { toMeilisearchFilter } from "./translate-filters"

const SCORE_KEY = "_score"

/** Meilisearch's word matching for Medusa's `match_strategy`: "any" word is its "frequency" strategy (rarest words kept first). */
const MATCHING_STRATEGIES = { all: "all", last: "last", any: "frequency" } as const

export type MeilisearchSearchParams = Record<string, unknown> & { indexUid: string }

/** A range facet is counted by one extra query per range (Meilisearch has no range facets): its filter per range. */
export type RangeFacetQuery = { field: string; key: string; from?: number | string; to?: number | string; filter: string }

const refuse = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

const rangeKey = (range: { key?: string; from?: number | string; to?: number | string }) =>
  range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`

/**
 * A provider search query as the body of one Meilisearch multi-search query: words, filter, facets, sort, offset
 * and limit, the attributes to return. Range facets come back separately: each is one more query (limit 0).
 */
export function toMeilisearchSearch(query: SearchTypes.ProviderSearchQuery): {
  params: MeilisearchSearchParams
  ranges: RangeFacetQuery[]
} {
  const { index } = query
  const fields = indexedFields(index.fields)
  const options = query.search_options ?? {}
  if (options.vector) {
    refuse("Vector search is not configured on Meilisearch")
  }
  if (query.pagination?.cursor) {
    refuse("Meilisearch pages with skip and take, not cursors")
  }
  const filter = toMeilisearchFilter(query.filters, fields, index.primary_key)
  const sort = Object.entries(query.pagination?.order ?? {})
    .filter(([path]) => path !== SCORE_KEY)
    .map(([path, direction]) => {
      const field = fieldAt(fields, path)
      if (!field?.sortable) {
        refuse(`Field "${path}" is not sortable`)
      }
      return `${path}:${String(direction).toLowerCase() === "desc" ? "desc" : "asc"}`
    })

  const facets = (options.facets ?? []).map((facet) => (typeof facet === "string" ? { field: facet } : facet))
  const valueAndStats = [...new Set(facets.filter((facet) => facet.type !== "range").map((facet) => facet.field))]
  const ranges: RangeFacetQuery[] = facets.flatMap((facet) =>
    facet.type === "range"
      ? facet.ranges.map((range) => {
          const bounds = toMeilisearchFilter(
            { [facet.field]: { ...(range.from !== undefined ? { $gte: range.from } : {}), ...(range.to !== undefined ? { $lt: range.to } : {}) } },
            fields,
            index.primary_key
          )
          return {
            field: facet.field,
            key: rangeKey(range),
            from: range.from,
            to: range.to,
            filter: [filter, bounds].filter(Boolean).map((part) => `(${part})`).join(" AND "),
          }
        })
      : []
  )

  const highlight = options.highlight
  const highlightFields = highlight === true ? ["*"] : highlight && typeof highlight === "object" ? highlight.fields : []
  const take = query.pagination?.take ?? 20
  const params: MeilisearchSearchParams = {
    indexUid: index.physical_name,
    q: query.q ?? "",
    offset: query.pagination?.skip ?? 0,
    limit: take,
    attributesToRetrieve: [...new Set([index.primary_key, ...query.attributes_to_retrieve])],
    ...(filter ? { filter } : {}),
    ...(sort.length ? { sort } : {}),
    ...(valueAndStats.length ? { facets: valueAndStats } : {}),
    ...(options.match_strategy ? { matchingStrategy: MATCHING_STRATEGIES[options.match_strategy] } : {}),
    ...(options.attributes_to_search_on?.length ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options.include_score || options.min_score !== undefined ? { showRankingScore: true } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.locales?.length ? { locales: options.locales } : {}),
    ...(highlightFields.length
      ? {
          attributesToHighlight: highlightFields,
          ...(typeof highlight === "object" && highlight.pre_tag ? { highlightPreTag: highlight.pre_tag } : {}),
          ...(typeof highlight === "object" && highlight.post_tag ? { highlightPostTag: highlight.post_tag } : {}),
          ...(typeof highlight === "object" && highlight.snippet
            ? {
                attributesToCrop: highlightFields,
                ...(typeof highlight.snippet === "object" ? { cropLength: highlight.snippet.length } : {}),
              }
            : {}),
        }
      : {}),
  }
  return { params, ranges }
}

type MeilisearchHit = Record<string, any> & { _rankingScore?: number; _formatted?: Record<string, unknown> }
export type MeilisearchSearchResponse = {
  hits: MeilisearchHit[]
  estimatedTotalHits?: number
  totalHits?: number
  processingTimeMs?: number
  query?: string
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

/** Highlighted fragments of a hit, per requested field (strings only). */
function highlightsOf(hit: MeilisearchHit): Record<string, string[]> | undefined {
  if (!hit._formatted) {
    return undefined
  }
  const highlights: Record<string, string[]> = {}
  for (const [path, value] of Object.entries(hit._formatted)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string")
    if (values.some((v) => v !== hit[path])) {
      highlights[path] = values
    }
  }
  return highlights
}

/** A Meilisearch answer (and its range-facet counts) as Medusa's search result. */
export function fromMeilisearchSearch(
  query: SearchTypes.ProviderSearchQuery,
  response: MeilisearchSearchResponse,
  rangeCounts: (RangeFacetQuery & { count: number })[] = []
): SearchTypes.SearchResult {
  const { index } = query
  const options = query.search_options ?? {}
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const facet of (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f } : f))) {
    if (facet.type === "range") {
      facets[facet.field] = {
        type: "range",
        ranges: rangeCounts
          .filter((range) => range.field === facet.field)
          .map(({ key, from, to, count }) => ({ key, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), count })),
      }
    } else if (facet.type === "stats") {
      const stats = response.facetStats?.[facet.field]
      const count = Object.values(response.facetDistribution?.[facet.field] ?? {}).reduce((sum, n) => sum + n, 0)
      facets[facet.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count }
    } else {
      const distribution = Object.entries(response.facetDistribution?.[facet.field] ?? {}).map(([value, count]) => ({ value, count }))
      const prefix = facet.query
      const sorted = distribution
        .filter((entry) => !prefix || entry.value.startsWith(prefix))
        .sort((a, b) => (facet.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)))
      facets[facet.field] = { type: "value", values: sorted.slice(0, facet.limit ?? 10) }
    }
  }
  const count = options.count === "none" ? null : response.totalHits ?? response.estimatedTotalHits ?? null
  return {
    hits: response.hits.map((hit) => {
      const document = projectDocument(fromStoredDocument(hit, index), query.attributes_to_retrieve)
      const highlights = highlightsOf(hit)
      return {
        id: String(hit[index.primary_key]),
        ...(hit._rankingScore !== undefined ? { score: hit._rankingScore } : {}),
        document,
        ...(highlights && Object.keys(highlights).length ? { highlights } : {}),
      }
    }),
    ...(Object.keys(facets).length ? { facets } : {}),
    metadata: {
      skip: query.pagination?.skip ?? 0,
      take: query.pagination?.take ?? 20,
      count,
      query: query.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}
