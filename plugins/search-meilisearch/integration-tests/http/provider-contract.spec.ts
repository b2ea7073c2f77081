import type { SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { CONTRACT_EVENTS, contractIndexName, CONTRACT_PROVIDERS } from "../helpers/contract-index"

jest.setTimeout(240 * 1000)

const MEILISEARCH_SKIPPED = "MEILISEARCH_HOST is not set (no Meilisearch server here): the contract ran on PostgreSQL only"
if (!process.env.MEILISEARCH_HOST) {
  console.log(`[provider-contract] Meilisearch skipped: ${MEILISEARCH_SKIPPED}`)
}

/** Five products-like documents every test starts from. */
const DOCUMENTS = [
  { id: "a", title: "Robe en lin bleue", description: "Lin lavé, coupe portefeuille", sku: "RLB-S", category: "dresses", tags: ["linen", "summer"], price: 120, rank: 1, in_stock: true, released_at: "2026-03-01T00:00:00.000Z", note: "new" },
  { id: "b", title: "Pull marin", description: "Maille de coton épaisse", sku: "PM-M", category: "knitwear", tags: ["cotton"], price: 80, rank: 2, in_stock: true, released_at: "2025-10-01T00:00:00.000Z" },
  { id: "c", title: "Chemise en lin", description: "Lin blanc, col officier", sku: "CL-L", category: "shirts", tags: ["linen"], price: 65, rank: 3, in_stock: false, released_at: "2026-05-01T00:00:00.000Z", note: null },
  { id: "d", title: "Robe longue", description: "Viscose fluide", sku: "RL-M", category: "dresses", tags: ["summer"], price: 150, rank: 4, in_stock: true, released_at: "2026-06-01T00:00:00.000Z" },
  { id: "e", title: "Écharpe en laine", description: "Laine d'agneau", sku: "EL-TU", category: "accessories", tags: [], price: 35, rank: 5, in_stock: false, released_at: "2024-12-01T00:00:00.000Z" },
]

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ getContainer }) => {
    const searchModule = () => getContainer().resolve(Modules.SEARCH)
    const ingest = (name: string, data: Record<string, unknown>) => searchModule().ingest({ name, data } as any)

    beforeAll(async () => {
      // The app seeds each new index at start-up, in the background: wait until every one answers.
      const deadline = Date.now() + 60_000
      for (;;) {
        const indexes = await searchModule().listIndexes()
        if (indexes.length === CONTRACT_PROVIDERS.length && indexes.every((index) => index.status === "ready")) {
          break
        }
        if (Date.now() > deadline) {
          throw new Error(`the contract indexes never became ready: ${JSON.stringify(indexes)}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    })

    beforeEach(async () => {
      // PostgreSQL's tables come back with the database; a Meilisearch server keeps its documents: clear them.
      await ingest(CONTRACT_EVENTS.delete, { filters: { rank: { $gte: 0 } } })
      await ingest(CONTRACT_EVENTS.upsert, { documents: DOCUMENTS })
    })

    if (!process.env.MEILISEARCH_HOST) {
      it.skip(`the meilisearch provider: skipped, ${MEILISEARCH_SKIPPED}`, () => undefined)
    }

    describe.each(CONTRACT_PROVIDERS)("the %s provider", (provider) => {
      const entity = contractIndexName(provider)
      const run = (query: Omit<SearchTypes.SearchQuery, "entity">) => searchModule().search({ entity, ...query })
      const ids = async (query: Omit<SearchTypes.SearchQuery, "entity">) =>
        (await run({ pagination: { take: 50 }, ...query })).hits.map((hit) => hit.id)
      const idSet = async (filters: SearchTypes.SearchFilters) => (await ids({ filters })).sort()

      it("creates the index from its definition, ready and holding what was upserted", async () => {
        const index = (await searchModule().listIndexes()).find((i) => i.name === entity)
        expect(index).toEqual(expect.objectContaining({ provider, status: "ready" }))
        expect((await run({ pagination: { take: 0 } })).metadata.count).toBe(5)
      })

      it("finds documents by their words, returning the fields asked for, dates as they were given", async () => {
        expect((await idSet({ q: "robe" }))).toEqual(["a", "d"])
        const { hits } = await run({ filters: { q: "pull" }, fields: ["title", "price", "released_at", "tags"] })
        expect(hits).toEqual([
          expect.objectContaining({
            id: "b",
            document: expect.objectContaining({ title: "Pull marin", price: 80, released_at: "2025-10-01T00:00:00.000Z", tags: ["cotton"] }),
          }),
        ])
      })

      it("tolerates a typo when asked to", async () => {
        expect((await ids({ filters: { q: "chemsie" }, search_options: { typo_tolerance: true } }))[0]).toBe("c")
      })

      it("puts the document of an exact SKU first", async () => {
        expect((await ids({ filters: { q: "PM-M" } }))[0]).toBe("b")
        expect((await ids({ filters: { sku: "RL-M" } }))).toEqual(["d"])
      })

      it("applies every filter operator", async () => {
        const cases: [SearchTypes.SearchFilters, string[]][] = [
          [{ category: "dresses" }, ["a", "d"]],
          [{ category: { $eq: "shirts" } }, ["c"]],
          [{ category: { $ne: "dresses" } }, ["b", "c", "e"]],
          [{ category: ["shirts", "knitwear"] }, ["b", "c"]],
          [{ category: { $in: [] } }, []],
          [{ category: { $nin: ["dresses", "accessories"] } }, ["b", "c"]],
          [{ price: { $lt: 80 } }, ["c", "e"]],
          [{ price: { $lte: 80 } }, ["b", "c", "e"]],
          [{ price: { $gt: 120 } }, ["d"]],
          [{ price: { $gte: 120, $lt: 150 } }, ["a"]],
          [{ released_at: { $gte: new Date("2026-01-01T00:00:00Z") } }, ["a", "c", "d"]],
          [{ in_stock: false }, ["c", "e"]],
          [{ note: { $exists: true } }, ["a"]],
          [{ note: { $exists: false } }, ["b", "c", "d", "e"]],
          [{ tags: "linen" }, ["a", "c"]],
          [{ tags: { $contains: ["linen", "summer"] } }, ["a"]],
          [{ tags: { $overlaps: ["cotton", "summer"] } }, ["a", "b", "d"]],
          [{ $or: [{ category: "shirts" }, { price: { $gte: 150 } }] }, ["c", "d"]],
          [{ $and: [{ in_stock: true }, { tags: "summer" }] }, ["a", "d"]],
          [{ $not: { category: "dresses" } }, ["b", "c", "e"]],
          [{ q: "lin", in_stock: true }, ["a"]],
        ]
        for (const [filters, expected] of cases) {
          expect([JSON.stringify(filters), await idSet(filters)]).toEqual([JSON.stringify(filters), expected])
        }
      })

      it("refuses unknown fields and operators with a NOT_ALLOWED or INVALID_DATA error, never a crash", async () => {
        for (const filters of [{ colour: "blue" }, { price: { $between: [1, 2] } }, { tags: { $gt: "a" } }]) {
          await expect(run({ filters: filters as any })).rejects.toMatchObject({ type: expect.stringMatching(/not_allowed|invalid_data/) })
        }
      })

      it("counts value facets, gives stats and ranges, over the matching documents", async () => {
        const { facets } = await run({
          filters: { in_stock: true },
          pagination: { take: 0 },
          search_options: {
            facets: [
              { field: "category" },
              { field: "price", type: "stats" },
              { field: "price", type: "range", ranges: [{ key: "under-100", to: 100 }, { key: "100-plus", from: 100 }] },
            ],
          },
        })
        expect(facets!.category).toEqual({ type: "value", values: [{ value: "dresses", count: 2 }, { value: "knitwear", count: 1 }] })
        expect(facets!.price).toEqual(expect.objectContaining({ type: "range" }))
        const ranges = (facets!.price as any).ranges.map((r: any) => [r.key, r.count])
        expect(ranges).toEqual([["under-100", 1], ["100-plus", 2]])
        const stats = (await run({ filters: { in_stock: true }, search_options: { facets: [{ field: "price", type: "stats" }] } })).facets!.price
        expect(stats).toEqual(expect.objectContaining({ type: "stats", min: 80, max: 150, count: 3 }))
      })

      it("sorts by a sortable field, both ways", async () => {
        expect(await ids({ pagination: { take: 50, order: { price: "ASC" } } })).toEqual(["e", "c", "b", "a", "d"])
        expect(await ids({ pagination: { take: 50, order: { released_at: "DESC" } } })).toEqual(["d", "c", "a", "b", "e"])
      })

      it("pages with skip and take, with the total count", async () => {
        const page = (skip: number) => run({ pagination: { skip, take: 2, order: { rank: "ASC" } } })
        const pages = await Promise.all([page(0), page(2), page(4)])
        expect(pages.map((p) => p.hits.map((hit) => hit.id))).toEqual([["a", "b"], ["c", "d"], ["e"]])
        expect(pages[0].metadata).toEqual(expect.objectContaining({ skip: 0, take: 2, count: 5 }))
      })

      it("replaces a document upserted again, deletes by id and by filter", async () => {
        await ingest(CONTRACT_EVENTS.upsert, { documents: [{ ...DOCUMENTS[1], title: "Marinière" }] })
        expect(await idSet({ q: "marinière" })).toEqual(["b"])
        expect(await idSet({ q: "pull" })).toEqual([])

        await ingest(CONTRACT_EVENTS.delete, { filters: { id: ["e"] } })
        await ingest(CONTRACT_EVENTS.delete, { filters: { category: "dresses" } })
        expect(await idSet({})).toEqual(["b", "c"])
      })
    })
  },
})
