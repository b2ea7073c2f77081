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

    const search = async (body: Record<string, unknown>) => (await api.post("/pos/search", body, world.paris)).data
    const handles = (data: { hits: { handle: string }[] }) => data.hits.map((hit) => hit.handle)

    it("answers a scanned barcode with the variant, its stock here, at the nearest stores and at the warehouse", async () => {
      const data = await search({ q: "3700000000028" })
      expect(data.exact).toEqual(
        expect.objectContaining({
          match: "barcode",
          product_id: world.productIds[LINEN_DRESS.handle],
          variant: expect.objectContaining({ sku: "RLB-BCI-M", barcode: "3700000000028", product_title: LINEN_DRESS.title }),
          here: expect.objectContaining({ store: expect.objectContaining({ code: "PAR-01" }), stocked: 3, available: 3 }),
          nearby: [expect.objectContaining({ store: expect.objectContaining({ code: "LYO-01" }), available: 1 })],
          warehouses: [expect.objectContaining({ available: 5 })],
        })
      )
      expect(handles(data)[0]).toBe(LINEN_DRESS.handle)
      expect(data.hits[0]).toEqual(expect.objectContaining({ in_stock_here: true, pickup_here: true, price: 120 }))
    })

    it("finds a SKU typed in lower case, exactly, with its product first", async () => {
      const data = await search({ q: "pm-ecr-m" })
      expect(data.exact).toEqual(expect.objectContaining({ match: "sku", variant: expect.objectContaining({ sku: "PM-ECR-M" }) }))
      expect(handles(data)[0]).toBe(SAILOR_SWEATER.handle)
    })

    it("matches a half-typed name, tolerates typos, and says what is on this store's shelf", async () => {
      const typed = await search({ q: "pull mar" })
      expect(typed.exact).toBeNull()
      expect(handles(typed)).toEqual([SAILOR_SWEATER.handle])
      // The sweater is in Lyon only: not on Paris's shelf.
      expect(typed.hits[0]).toEqual(expect.objectContaining({ in_stock_here: false, pickup_here: false }))
      expect([...typed.hits[0].colours].sort()).toEqual(["Marine", "Écru"].sort())

      expect(handles(await search({ q: "chemsie" }))).toEqual([LINEN_SHIRT.handle])

      const linen = await search({ q: "lin" })
      expect(handles(linen).sort()).toEqual([LINEN_DRESS.handle, LINEN_SHIRT.handle, STORE_TOTE.handle].sort())
      expect(handles(linen)).not.toContain(DRAFT_DRESS.handle)
      const here = await search({ q: "lin", filters: { in_stock_here: true } })
      expect(handles(here).sort()).toEqual([LINEN_DRESS.handle, STORE_TOTE.handle].sort())
      expect(linen.facets.colours.values).toEqual(
        expect.arrayContaining([expect.objectContaining({ value: "Bleu ciel", count: 1 })])
      )
      expect(linen.count).toBe(3)
    })

    it("narrows by colour, size and price, and pages", async () => {
      const blue = await search({ q: "lin", filters: { colour: "Bleu ciel", size: "M" } })
      expect(handles(blue)).toEqual([LINEN_DRESS.handle])
      const cheap = await search({ q: "lin", filters: { price_max: 70 } })
      expect(handles(cheap).sort()).toEqual([LINEN_SHIRT.handle, STORE_TOTE.handle].sort())
      const first = await search({ q: "lin", limit: 2, facets: false })
      const second = await search({ q: "lin", limit: 2, offset: 2, facets: false })
      expect([...handles(first), ...handles(second)].sort()).toEqual(handles(await search({ q: "lin" })).sort())
      expect(first.facets).toEqual({})
    })

    it("refuses a bad request with a 400, and a caller without an associate login with a 401", async () => {
      for (const body of [{}, { q: "" }, { q: "robe", limit: 500 }, { q: "robe", filters: { brand: "x" } }, { q: "robe", page: 2 }]) {
        const response = await failure(api.post("/pos/search", body, world.paris))
        expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
      }
      expect((await failure(api.post("/pos/search", { q: "robe" }))).status).toBe(401)
    })
  },
})
