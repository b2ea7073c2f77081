import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createNetwork, failure, Network, weekly } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, createCatalog, setStock } from "../helpers/catalog"

jest.setTimeout(180 * 1000)

// Monday 23 November 2026, 11:00 in Paris (UTC+1): every store is open, far from its 18:00 cut-off.
const MONDAY_MORNING = "2026-11-23T10:00:00Z"

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    const key = () => ({ headers: { "x-publishable-api-key": network.webKey } })
    const get = (url: string) => api.get(url, key()).then((response: { data: any }) => response.data)
    const location = (code: string) => network.stores[code].stock_location_id

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
        { code: "PAR-02", name: "Paris Rennes", city: "Paris", timezone: "Europe/Paris", latitude: 48.8503, longitude: 2.3303 },
        {
          code: "LYO-01",
          name: "Lyon",
          city: "Lyon",
          timezone: "Europe/Paris",
          latitude: 45.7607,
          longitude: 4.8357,
          closures: [{ date: "2026-11-23", reason: "Inventory day" }],
        },
        // Neither is offered to web shoppers: a store that doesn't do pickup, and one outside the web channel.
        {
          code: "LIL-02",
          name: "Lille outlet",
          city: "Lille",
          timezone: "Europe/Paris",
          latitude: 50.6388,
          longitude: 3.0628,
          offers_pickup: false,
        },
        { code: "LIL-09", name: "Lille staff shop", city: "Lille", timezone: "Europe/Paris", latitude: 50.63, longitude: 3.06, posOnly: true },
        {
          code: "TYO-01",
          name: "Tokyo Ginza",
          city: "Tokyo",
          timezone: "Asia/Tokyo",
          latitude: 35.6717,
          longitude: 139.765,
          opening_hours: weekly([{ opens: "11:00", closes: "20:00" }]),
        },
      ])
      catalog = await createCatalog(container, network, [
        { title: "Pull marin", variants: [{ sku: "PM-S" }, { sku: "PM-M" }] },
        { title: "Carte cadeau", variants: [{ sku: "GIFT", manage_inventory: false }] },
        { title: "Uniforme", channels: "pos", variants: [{ sku: "UNI" }] },
        { title: "Prototype", status: "draft", variants: [{ sku: "PROTO" }] },
      ])
      await setStock(container, catalog, {
        "PM-S": {
          [location("PAR-01")]: 5,
          [location("PAR-02")]: 1,
          [location("LYO-01")]: 8,
          [location("LIL-02")]: 30,
          [location("LIL-09")]: 30,
          [location("TYO-01")]: 2,
          [network.warehouseId]: 40,
        },
        "PM-M": { [location("PAR-01")]: 2, [network.warehouseId]: 3 },
      })
      // Two PM-S units at PAR-01 already promised to an order.
      await container.resolve(Modules.INVENTORY).createReservationItems([
        { inventory_item_id: catalog.itemIds["PM-S"], location_id: location("PAR-01"), quantity: 2, line_item_id: "ordli_test" },
      ])
    })

    const byCode = (entries: { code: string }[]): Record<string, any> =>
      Object.fromEntries(entries.map((entry) => [entry.code, entry]))

    it("gives per variant and per pickup store: stocked − reserved − the buffer of 1, and the warehouse's units", async () => {
      const { PM_S, PM_M } = { PM_S: catalog.variantIds["PM-S"], PM_M: catalog.variantIds["PM-M"] }
      const data = await get(`/store/availability?variant_ids=${PM_S},${PM_M}&at=${MONDAY_MORNING}`)

      // Pickup stores of the web channel only, by name.
      expect(data.stores.map((s: any) => s.code)).toEqual(["LYO-01", "PAR-01", "PAR-02", "TYO-01"])
      expect(data.stores[1]).toEqual({
        id: network.stores["PAR-01"].id,
        code: "PAR-01",
        name: "Paris Marais",
        stock_location_id: location("PAR-01"),
        timezone: "Europe/Paris",
        distance_km: null,
        pick_up_today: true,
        order_by: "18:00",
      })
      expect(data.variants.map((v: any) => v.variant_id)).toEqual([PM_S, PM_M])

      const small = data.variants[0]
      expect(small.manage_inventory).toBe(true)
      expect(small.stores.map((s: any) => s.code)).toEqual(["LYO-01", "PAR-01", "PAR-02", "TYO-01"])
      expect(Object.fromEntries(small.stores.map((s: any) => [s.code, s.available]))).toEqual({
        "PAR-01": 2, // 5 stocked − 2 reserved − 1
        "PAR-02": 0, // its last unit is the buffer
        "LYO-01": 7,
        "TYO-01": 1,
      })
      // Only the warehouse: LIL-02 and LIL-09 are stores, whatever they hold.
      expect(small.warehouse).toEqual({ available: 40 })

      const medium = byCode(data.variants[1].stores)
      expect(medium["PAR-01"].available).toBe(1)
      expect(medium["LYO-01"].available).toBe(0)
      expect(data.variants[1].warehouse).toEqual({ available: 3 })
    })

    it("says whether it can be collected today: stock, hours, closures, cut-off, each in the store's time", async () => {
      const PM_S = catalog.variantIds["PM-S"]
      const today = async (at: string) => {
        const data = await get(`/store/availability?variant_ids=${PM_S}&at=${at}`)
        return Object.fromEntries(data.variants[0].stores.map((s: any) => [s.code, s.pick_up_today]))
      }
      // Monday 11:00 in Paris, 19:00 in Tokyo (past its 19:00 cut-off); Lyon is closed for inventory; PAR-02 has
      // nothing to promise.
      expect(await today(MONDAY_MORNING)).toEqual({ "PAR-01": true, "PAR-02": false, "LYO-01": false, "TYO-01": false })
      // Monday 17:59 in Paris: one minute before the cut-off; 18:00: too late.
      expect((await today("2026-11-23T16:59:00Z"))["PAR-01"]).toBe(true)
      expect((await today("2026-11-23T17:00:00Z"))["PAR-01"]).toBe(false)
      // Tuesday 01:00 UTC: Tokyo's Tuesday morning, Lyon open again.
      expect(await today("2026-11-24T01:00:00Z")).toEqual({ "PAR-01": true, "PAR-02": false, "LYO-01": true, "TYO-01": true })
      // Sunday: the Paris stores are closed (default hours), Tokyo opens on Sundays.
      expect(await today("2026-11-29T01:00:00Z")).toEqual({ "PAR-01": false, "PAR-02": false, "LYO-01": false, "TYO-01": true })
    })

    it("sorts the stores nearest first from the shopper, with distances", async () => {
      // From the Louvre.
      const data = await get(`/store/availability?variant_ids=${catalog.variantIds["PM-S"]}&lat=48.8606&lng=2.3376`)
      expect(data.stores.map((s: any) => s.code)).toEqual(["PAR-02", "PAR-01", "LYO-01", "TYO-01"])
      expect(data.stores[0].distance_km).toBeLessThan(2)
      expect(data.stores[2].distance_km).toBeGreaterThan(380)
      expect(data.variants[0].stores.map((s: any) => s.code)).toEqual(["PAR-02", "PAR-01", "LYO-01", "TYO-01"])
    })

    it("reports a variant whose stock isn't managed as always available", async () => {
      const data = await get(`/store/availability?variant_ids=${catalog.variantIds["GIFT"]}&at=${MONDAY_MORNING}`)
      expect(data.variants[0].manage_inventory).toBe(false)
      expect(byCode(data.variants[0].stores)["PAR-01"]).toEqual(expect.objectContaining({ available: null, pick_up_today: true }))
      expect(data.variants[0].warehouse).toEqual({ available: null })
    })

    it("follows reservations and stock moves at once", async () => {
      const PM_M = catalog.variantIds["PM-M"]
      const before = await get(`/store/availability?variant_ids=${PM_M}`)
      expect(byCode(before.variants[0].stores)["PAR-01"].available).toBe(1)
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [reservation] = await inventory.createReservationItems([
        { inventory_item_id: catalog.itemIds["PM-M"], location_id: location("PAR-01"), quantity: 1, line_item_id: "ordli_2" },
      ])
      expect(byCode((await get(`/store/availability?variant_ids=${PM_M}`)).variants[0].stores)["PAR-01"].available).toBe(0)
      await inventory.deleteReservationItems([reservation.id])
      await setStock(getContainer(), catalog, { "PM-M": { [location("PAR-01")]: 6 } })
      expect(byCode((await get(`/store/availability?variant_ids=${PM_M}`)).variants[0].stores)["PAR-01"].available).toBe(5)
    })

    it("answers for every variant of a product on its product page", async () => {
      const productId = catalog.productIds["Pull marin"]
      const data = await get(`/store/products/${productId}/availability?lat=45.77&lng=4.89&at=${MONDAY_MORNING}`)
      expect(data.product_id).toBe(productId)
      expect(data.variants.map((v: any) => v.variant_id).sort()).toEqual(
        [catalog.variantIds["PM-S"], catalog.variantIds["PM-M"]].sort()
      )
      expect(data.stores.map((s: any) => s.code)).toEqual(["LYO-01", "PAR-01", "PAR-02", "TYO-01"])
      const small = data.variants.find((v: any) => v.variant_id === catalog.variantIds["PM-S"])
      expect(byCode(small.stores)["LYO-01"]).toEqual(expect.objectContaining({ available: 7, pick_up_today: false }))
    })

    it("answers 404 for what the key's channel doesn't sell, naming it", async () => {
      const unknown = await failure(api.get("/store/availability?variant_ids=variant_nope", key()))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("Variant variant_nope was not found in this sales channel")

      const { UNI, PROTO } = catalog.variantIds
      const several = await failure(
        api.get(`/store/availability?variant_ids=${catalog.variantIds["PM-S"]},${UNI},${PROTO}`, key())
      )
      expect(several.status).toBe(404)
      expect(several.data.message).toBe(`Variants ${UNI}, ${PROTO} were not found in this sales channel`)

      for (const productId of ["prod_nope", catalog.productIds["Uniforme"], catalog.productIds["Prototype"]]) {
        const response = await failure(api.get(`/store/products/${productId}/availability`, key()))
        expect(response.status).toBe(404)
        expect(response.data.message).toBe(`Product ${productId} was not found in this sales channel`)
      }
    })

    it("rejects malformed queries with 400 and a message", async () => {
      const PM_S = catalog.variantIds["PM-S"]
      const tooMany = Array.from({ length: 101 }, (_, i) => `variant_${i}`).join(",")
      for (const [query, message] of [
        ["", "variant_ids"],
        ["variant_ids=", "variant_ids needs at least one variant id"],
        [`variant_ids=${tooMany}`, "variant_ids takes at most 100 ids"],
        ["variant_ids=a;drop table", "variant_ids must be variant ids separated by commas"],
        [`variant_ids=${PM_S}&lat=abc&lng=2.35`, "lat must be a decimal number"],
        [`variant_ids=${PM_S}&lat=91&lng=2.35`, "lat must be between -90 and 90"],
        [`variant_ids=${PM_S}&lat=48.85&lng=-181`, "lng must be between -180 and 180"],
        [`variant_ids=${PM_S}&lat=48.85`, "lat and lng go together: give both or neither"],
        [`variant_ids=${PM_S}&lng=2.35`, "lat and lng go together: give both or neither"],
        [`variant_ids=${PM_S}&lat=&lng=2.35`, "lat must be a decimal number"],
        [`variant_ids=${PM_S}&lat=48.85&lat=48.86&lng=2.35`, "lat must be given once"],
        [`variant_ids=${PM_S}&at=tomorrow`, "at must be an ISO 8601 date-time"],
      ]) {
        const response = await failure(api.get(`/store/availability?${query}`, key()))
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.message).toContain(message)
      }
      const product = await failure(
        api.get(`/store/products/${catalog.productIds["Pull marin"]}/availability?lng=2.35`, key())
      )
      expect(product.status).toBe(400)
      expect(product.data.message).toContain("lat and lng go together: give both or neither")
    })

    it("needs a publishable key", async () => {
      const response = await failure(api.get(`/store/availability?variant_ids=${catalog.variantIds["PM-S"]}`))
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/publishable/i)
    })
  },
})
