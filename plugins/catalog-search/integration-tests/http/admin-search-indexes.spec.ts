import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { openSearchWorld, PRODUCTS_INDEX, reindexProducts, SearchWorld } from "../helpers/search-world"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: SearchWorld

    beforeAll(async () => {
      world = await openSearchWorld(getContainer(), api)
      await reindexProducts(getContainer())
    })

    it("lists the products index as ready on PostgreSQL, with its fields", async () => {
      const { data } = await api.get("/admin/search-indexes", world.admin)
      expect(data.enabled).toBe(true)
      const products = data.search_indexes.find((index: any) => index.name === PRODUCTS_INDEX)
      expect(products).toEqual(expect.objectContaining({ entity: "product", provider: "search-postgres", status: "ready" }))
      expect(products.fields).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: "title", searchable: true }),
          expect.objectContaining({ name: "pickup_store_ids", filterable: true, facetable: true }),
        ])
      )
    })

    it("rebuilds the index on request and shows the rebuild's progress to the end", async () => {
      const before = (await api.get(`/admin/search-indexes/${PRODUCTS_INDEX}/progress`, world.admin)).data.progress
      const { status } = await api.post(`/admin/search-indexes/${PRODUCTS_INDEX}/reindex`, {}, world.admin)
      expect(status).toBe(202)

      let progress: any
      const deadline = Date.now() + 30_000
      do {
        await new Promise((resolve) => setTimeout(resolve, 200))
        progress = (await api.get(`/admin/search-indexes/${PRODUCTS_INDEX}/progress`, world.admin)).data.progress
      } while (progress.sync?.status !== "done" && Date.now() < deadline)

      // A swap rebuild: a new version, filled with every product, then made the active one.
      expect(progress.sync).toEqual(
        expect.objectContaining({ status: "done", documents_synced: 5, total: 5, percent: 100, partial: false })
      )
      expect(progress.sync.version).toBeGreaterThan(before.active_version)
      const after = (await api.get(`/admin/search-indexes/${PRODUCTS_INDEX}/progress`, world.admin)).data.progress
      expect(after.active_version).toBe(progress.sync.version)
      // Shoppers search the new version.
      const { data } = await api.post(
        "/store/search",
        { entity: PRODUCTS_INDEX, filters: { q: "robe" }, fields: ["handle"] },
        { headers: { "x-publishable-api-key": world.network.webKey } }
      )
      expect(data.results[0].hits.map((hit: any) => hit.document.handle)).toEqual(["robe-lin-bleue"])
    })

    it("answers 404 for the progress of an unknown index, and 401 without an admin login", async () => {
      expect((await failure(api.get("/admin/search-indexes/nope/progress", world.admin))).status).toBe(404)
      expect((await failure(api.get(`/admin/search-indexes/${PRODUCTS_INDEX}/progress`))).status).toBe(401)
    })
  },
})
