import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { createNetwork, failure, Network, weekly } from "@passerelle/medusa-plugin-stores/testing/store-network"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    const key = () => ({ headers: { "x-publishable-api-key": network.webKey } })

    beforeEach(async () => {
      network = await createNetwork(getContainer(), [
        {
          code: "PAR-01",
          name: "Paris Marais",
          city: "Paris",
          timezone: "Europe/Paris",
          latitude: 48.8576,
          longitude: 2.3608,
          phone: "+33 1 99 00 10 01",
          opening_hours: weekly([{ opens: "11:00", closes: "19:00" }]),
          closures: [
            { date: "2020-01-01", reason: "long past" },
            { date: "2099-12-25", reason: "Christmas" },
          ],
        },
        { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.7607, longitude: 4.8357 },
        { code: "TYO-01", name: "Tokyo Ginza", city: "Tokyo", timezone: "Asia/Tokyo", latitude: 35.6717, longitude: 139.765 },
        {
          code: "NYC-01",
          name: "New York SoHo",
          city: "New York",
          timezone: "America/New_York",
          latitude: 40.7233,
          longitude: -74.003,
        },
        {
          code: "LIL-09",
          name: "Lille staff outlet",
          city: "Lille",
          timezone: "Europe/Paris",
          latitude: 50.6388,
          longitude: 3.0628,
          posOnly: true,
        },
      ])
    })

    const codes = (stores: { code: string }[]) => stores.map((store) => store.code)

    it("lists the stores of the key's sales channels with address, hours and phone", async () => {
      const { data } = await api.get("/store/stores", key())
      expect(codes(data.stores)).toEqual(["LYO-01", "NYC-01", "PAR-01", "TYO-01"])
      expect(data.count).toBe(4)
      const paris = data.stores.find((store: { code: string }) => store.code === "PAR-01")
      expect(paris).toEqual(
        expect.objectContaining({
          name: "Paris Marais",
          phone: "+33 1 99 00 10 01",
          timezone: "Europe/Paris",
          address: expect.objectContaining({ address_1: "1 Grand-Rue", city: "Paris", country_code: "fr" }),
          opening_hours: expect.objectContaining({ sunday: [{ opens: "11:00", closes: "19:00" }] }),
          // Past closed days are of no use to a shopper.
          closures: [{ date: "2099-12-25", reason: "Christmas" }],
          distance_km: null,
        })
      )
    })

    it("sorts by distance, nearest first, from the shopper's position", async () => {
      // Villeurbanne, next to Lyon.
      const { data } = await api.get("/store/stores?lat=45.7719&lng=4.8902", key())
      expect(codes(data.stores)).toEqual(["LYO-01", "PAR-01", "NYC-01", "TYO-01"])
      expect(data.stores[0].distance_km).toBeLessThan(6)
      expect(data.stores[1].distance_km).toBeGreaterThan(380)
    })

    it("reports opening hours in each store's own timezone", async () => {
      // Monday 23 November 2026 09:30 UTC: 10:30 in Paris and Lyon, 18:30 in Tokyo, 04:30 in New York.
      const { data } = await api.get("/store/stores?at=2026-11-23T09:30:00Z", key())
      const status = Object.fromEntries(
        data.stores.map((store: any) => [store.code, [store.open_now, store.local_time, store.next_opening]])
      )
      expect(status).toEqual({
        "PAR-01": [true, "2026-11-23T10:30", null],
        "LYO-01": [true, "2026-11-23T10:30", null],
        "TYO-01": [true, "2026-11-23T18:30", null],
        "NYC-01": [false, "2026-11-23T04:30", "2026-11-23T10:00"],
      })

      // Sunday 22 November 23:30 UTC is already Monday 08:30 in Tokyo, still Sunday evening in New York.
      const late = await api.get("/store/stores?at=2026-11-22T23:30:00Z", key())
      const tokyo = late.data.stores.find((store: any) => store.code === "TYO-01")
      expect([tokyo.open_now, tokyo.local_time, tokyo.next_opening]).toEqual([
        false,
        "2026-11-23T08:30",
        "2026-11-23T10:00",
      ])
      const paris = late.data.stores.find((store: any) => store.code === "PAR-01")
      expect(paris.local_time).toBe("2026-11-23T00:30")
    })

    it("filters to stores offering pickup", async () => {
      const { data } = await api.get("/store/stores?pickup=true&code=PAR-01", key())
      expect(codes(data.stores)).toEqual(["PAR-01"])
    })

    it("rejects malformed coordinates with 400 and a message", async () => {
      for (const [query, message] of [
        ["lat=abc&lng=2.35", "lat must be a decimal number"],
        ["lat=91&lng=2.35", "lat must be between -90 and 90"],
        ["lat=48.85&lng=-181", "lng must be between -180 and 180"],
        ["lat=48.85", "lat and lng go together: give both or neither"],
        ["at=tomorrow", "at must be an ISO 8601 date-time"],
      ]) {
        const response = await failure(api.get(`/store/stores?${query}`, key()))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(message)
      }
    })

    it("needs a publishable key", async () => {
      const response = await failure(api.get("/store/stores"))
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/publishable/i)
    })
  },
})
