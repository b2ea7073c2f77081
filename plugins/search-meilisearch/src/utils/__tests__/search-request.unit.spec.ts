import { fromMeilisearchSearch, toMeilisearchSearch } from "../search-request"
import { CATALOG_INDEX } from "./fixtures"

const query = (overrides: Record<string, unknown> = {}) =>
  ({ index: CATALOG_INDEX, attributes_to_retrieve: ["title", "price", "created_at"], q: "robe", ...overrides }) as any

// One query of POST /multi-search: https://www.meilisearch.com/docs/reference/api/multi_search
describe("a Medusa search as a Meilisearch query", () => {
  it("carries words, filter, sort, page, attributes and options", () => {
    const { params, ranges } = toMeilisearchSearch(
      query({
        filters: { colours: "Bleu" },
        pagination: { skip: 20, take: 10, order: { price: "DESC", _score: "DESC" } },
        search_options: { match_strategy: "any", include_score: true, distinct: "handle", facets: [{ field: "colours" }] },
      })
    )
    expect(ranges).toEqual([])
    expect(params).toEqual({
      indexUid: "catalog_v3",
      q: "robe",
      offset: 20,
      limit: 10,
      attributesToRetrieve: ["id", "title", "price", "created_at"],
      filter: 'colours = "Bleu"',
      sort: ["price:desc"],
      facets: ["colours"],
      matchingStrategy: "frequency",
      showRankingScore: true,
      distinct: "handle",
    })
  })

  it("counts a range facet with one filtered query per range", () => {
    const { params, ranges } = toMeilisearchSearch(
      query({
        filters: { in_stock: true },
        search_options: { facets: [{ field: "price", type: "range", ranges: [{ key: "cheap", to: 50 }, { from: 50 }] }] },
      })
    )
    expect(params.facets).toBeUndefined()
    expect(ranges).toEqual([
      { field: "price", key: "cheap", from: undefined, to: 50, filter: "(in_stock = true) AND (price < 50)" },
      { field: "price", key: "50-*", from: 50, to: undefined, filter: "(in_stock = true) AND (price >= 50)" },
    ])
  })

  it("refuses to sort by a field that isn't sortable, cursors and vectors", () => {
    expect(() => toMeilisearchSearch(query({ pagination: { order: { handle: "ASC" } } }))).toThrow(/not sortable/)
    expect(() => toMeilisearchSearch(query({ pagination: { cursor: "abc" } }))).toThrow(/cursors/)
    expect(() => toMeilisearchSearch(query({ search_options: { vector: { value: [1] } } }))).toThrow(/Vector/)
  })
})

describe("a Meilisearch answer as a Medusa result", () => {
  it("maps hits (dates back to ISO), facets and stats, and the count", () => {
    const result = fromMeilisearchSearch(
      query({ search_options: { include_score: true, facets: [{ field: "colours", limit: 1 }, { field: "price", type: "stats" }, { field: "price", type: "range", ranges: [{ key: "cheap", to: 50 }] }] } }),
      {
        hits: [{ id: "prod_1", title: "Robe", price: 80, created_at: 0, handle: "robe", _rankingScore: 0.9 }],
        estimatedTotalHits: 12,
        processingTimeMs: 3,
        facetDistribution: { colours: { Bleu: 2, Noir: 5 }, price: { "80": 1, "20": 1 } },
        facetStats: { price: { min: 20, max: 80 } },
      },
      [{ field: "price", key: "cheap", to: 50, filter: "", count: 1 }]
    )
    expect(result).toEqual({
      hits: [{ id: "prod_1", score: 0.9, document: { title: "Robe", price: 80, created_at: "1970-01-01T00:00:00.000Z" } }],
      facets: {
        colours: { type: "value", values: [{ value: "Noir", count: 5 }] },
        price: { type: "range", ranges: [{ key: "cheap", to: 50, count: 1 }] },
      },
      metadata: { skip: 0, take: 20, count: 12, query: "robe", processing_time_ms: 3 },
    })
  })

  it("gives stats facets from facetStats", () => {
    const result = fromMeilisearchSearch(query({ search_options: { facets: [{ field: "price", type: "stats" }], count: "none" } }), {
      hits: [],
      estimatedTotalHits: 2,
      facetDistribution: { price: { "80": 1, "20": 1 } },
      facetStats: { price: { min: 20, max: 80 } },
    })
    expect(result.facets).toEqual({ price: { type: "stats", min: 20, max: 80, count: 2 } })
    expect(result.metadata.count).toBeNull()
  })
})
