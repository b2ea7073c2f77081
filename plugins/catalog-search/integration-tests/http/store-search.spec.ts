import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import {
  DRAFT_DRESS,
  LINEN_DRESS,
  LINEN_SHIRT,
  openSearchWorld,
  reindexProducts,
  SAILOR_SWEATER,
  SearchWorld,
  STORE_TOTE,
  storeSearch,
} from "../helpers/search-world"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: SearchWorld

    beforeAll(async () => {
      world = await openSearchWorld(getContainer(), api)
      await reindexProducts(getContainer())
    })

    const handlesOf = (result: { hits: { document: Record<string, any> }[] }) => result.hits.map((hit) => hit.document.handle)

    it("finds the linen dress for a shopper who types “robe lin bleu” with a typo", async () => {
      const result = await storeSearch(api, world.network.webKey, {
        filters: { q: "robe lni bleue" },
        fields: ["handle", "title", "price", "currency_code", "colours", "pickup_store_ids"],
        search_options: { typo_tolerance: true },
      })
      expect(handlesOf(result)[0]).toBe(LINEN_DRESS.handle)
      expect(result.hits[0].document).toEqual(
        expect.objectContaining({ title: LINEN_DRESS.title, price: 120, currency_code: "eur", colours: ["Bleu ciel"] })
      )
    })

    it("puts the product of an exact SKU, and of an exact barcode, first", async () => {
      for (const q of ["PM-ECR-M", "3700000000035"]) {
        const result = await storeSearch(api, world.network.webKey, { filters: { q }, fields: ["handle"] })
        expect([q, handlesOf(result)[0]]).toEqual([q, SAILOR_SWEATER.handle])
      }
    })

    it("keeps a product sold out at a store out of “available at that store”, and counts stores as a facet", async () => {
      const paris = world.network.stores["PAR-01"].id
      const lyon = world.network.stores["LYO-01"].id
      const atLyon = await storeSearch(api, world.network.webKey, {
        filters: { pickup_store_ids: lyon },
        fields: ["handle"],
      })
      // Lyon has one linen dress on its shelf, all of it kept back by the safety buffer: only the sweater.
      expect(handlesOf(atLyon)).toEqual([SAILOR_SWEATER.handle])
      const atParis = await storeSearch(api, world.network.webKey, {
        filters: { q: "lin", pickup_store_ids: paris },
        fields: ["handle"],
        search_options: { facets: ["pickup_store_ids", "warehouse_in_stock"] },
      })
      expect(handlesOf(atParis)).toEqual([LINEN_DRESS.handle])
      const everywhere = await storeSearch(api, world.network.webKey, {
        filters: { q: "lin" },
        fields: ["handle"],
        search_options: { facets: ["pickup_store_ids", "warehouse_in_stock"] },
      })
      expect(handlesOf(everywhere).sort()).toEqual([LINEN_DRESS.handle, LINEN_SHIRT.handle].sort())
      expect(everywhere.facets.pickup_store_ids.values).toEqual([{ value: paris, count: 1 }])
    })

    it("never shows an unpublished product or one of another channel to the web shop", async () => {
      const result = await storeSearch(api, world.network.webKey, { filters: { q: "lin" }, fields: ["handle"], pagination: { take: 50 } })
      expect(handlesOf(result)).not.toContain(DRAFT_DRESS.handle)
      expect(handlesOf(result)).not.toContain(STORE_TOTE.handle)
      // Even when asked for by id, status or channel: Medusa ANDs its own filters with the shopper's.
      const forced = await storeSearch(api, world.network.webKey, {
        filters: { $or: [{ handle: DRAFT_DRESS.handle }, { handle: STORE_TOTE.handle }, { status: "draft" }] },
        fields: ["handle"],
      })
      expect(forced.hits).toEqual([])
      // The tills' key sees its own exclusive.
      const atTill = await storeSearch(api, world.posKey, { filters: { q: "tote" }, fields: ["handle"] })
      expect(handlesOf(atTill)).toEqual([STORE_TOTE.handle])
    })

    it("answers a bad query with a 4xx naming the problem, never a 500", async () => {
      const key = { headers: { "x-publishable-api-key": world.network.webKey } }
      const cases: [string, Record<string, unknown>][] = [
        ["unknown index", { entity: "nope", filters: { q: "robe" } }],
        ["unknown field", { entity: "products", filters: { colour_code: "BCI" } }],
        ["unknown operator", { entity: "products", filters: { price: { $between: [1, 2] } } }],
        ["operator on the wrong type", { entity: "products", filters: { price: { $gt: "cheap" } } }],
        ["date as text", { entity: "products", filters: { created_at: { $gt: "yesterday" } } }],
        ["not retrievable", { entity: "products", fields: ["secret"] }],
        ["not an object", { entity: "products", filters: "robe" }],
        ["page too large", { entity: "products", pagination: { take: 1000 } }],
      ]
      for (const [label, body] of cases) {
        const response = await failure(api.post("/store/search", body, key))
        expect([label, response.status >= 400 && response.status < 500, typeof response.data.message]).toEqual([label, true, "string"])
      }
    })
  },
})
