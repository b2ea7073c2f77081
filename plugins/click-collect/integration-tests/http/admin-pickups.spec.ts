import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { createAssociateWorkflow } from "@passerelle/medusa-plugin-stores/workflows"
import { adminHeaders, createNetwork, failure, Network, PASSWORD } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, createCatalog, setStock } from "../helpers/catalog"
import { placePickupOrder, waitForPickup } from "../helpers/pickup-orders"

jest.setTimeout(240 * 1000)

const MINUTE = 60_000

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    let admin: { headers: Record<string, string> }
    const optionOf: Record<string, string> = {}

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
        { code: "LYO-01", name: "Lyon Confluence", city: "Lyon", timezone: "Europe/Paris", latitude: 45.7416, longitude: 4.8187 },
      ])
      catalog = await createCatalog(container, network, [{ title: "Pull marin", variants: [{ sku: "PM-M" }] }])
      await setStock(container, catalog, {
        "PM-M": {
          [network.stores["PAR-01"].stock_location_id]: 20,
          [network.stores["LYO-01"].stock_location_id]: 20,
          [network.warehouseId]: 10,
        },
      })
      for (const code of ["PAR-01", "LYO-01"]) {
        const { result } = await createStorePickupOptionWorkflow(container).run({
          input: { store_profile_id: network.stores[code].id, shipping_profile_id: catalog.shippingProfileId },
        })
        optionOf[code] = result.shipping_option_id!
      }
      admin = await adminHeaders(container, api)
    })

    const clickCollect = () => getContainer().resolve("clickCollect") as any

    /** A click & collect order at a store and its pickup (status placed), placed `minutesAgo` minutes ago. */
    const pickupAt = async (code: string, email = "camille@example.com", minutesAgo = 0) => {
      const orderId = await placePickupOrder(api, {
        webKey: network.webKey,
        regionId: catalog.regionId,
        optionId: optionOf[code],
        items: [{ variant_id: catalog.variantIds["PM-M"], quantity: 1 }],
        email,
      })
      const pickup = await waitForPickup(getContainer(), orderId)
      if (minutesAgo) {
        await clickCollect().updatePickups({ id: pickup.id, placed_at: new Date(Date.now() - minutesAgo * MINUTE) })
      }
      return { orderId, pickupId: pickup.id as string }
    }

    const moveTo = (id: string, status: string, extra: Record<string, unknown> = {}) =>
      clickCollect().updatePickups({ id, status, [`${status}_at`]: new Date(), ...extra })

    describe("GET /admin/pickups", () => {
      it("lists a store's pickups oldest first, with order, customer, store, minutes waiting and counts per status", async () => {
        const old = await pickupAt("PAR-01", "alice@example.com", 42)
        const fresh = await pickupAt("PAR-01", "bob@example.com")
        await pickupAt("LYO-01", "carla@example.com")
        await moveTo(fresh.pickupId, "ready", { code_hint: "7K", hold_until: new Date(Date.now() + 3 * 24 * 60 * MINUTE) })

        const { data } = await api.get(`/admin/pickups?store_id=${network.stores["PAR-01"].id}`, admin)
        expect(data.count).toBe(2)
        expect(data.counts).toEqual({ placed: 1, preparing: 0, ready: 1, collected: 0, expired: 0, canceled: 0 })
        expect(data.pickups.map((p: any) => p.id)).toEqual([old.pickupId, fresh.pickupId])
        expect(data.pickups[0]).toEqual(
          expect.objectContaining({
            status: "placed",
            code_hint: null,
            minutes_waiting: 42,
            order: expect.objectContaining({
              id: old.orderId,
              display_id: expect.any(Number),
              email: "alice@example.com",
              customer_name: "Camille Martin",
            }),
            store: {
              id: network.stores["PAR-01"].id,
              code: "PAR-01",
              name: "Paris Marais",
              stock_location_id: network.stores["PAR-01"].stock_location_id,
            },
          })
        )
        expect(data.pickups[1]).toEqual(expect.objectContaining({ status: "ready", code_hint: "7K", hold_until: expect.any(String) }))
        for (const pickup of data.pickups) {
          expect(pickup).not.toHaveProperty("code_hash")
          expect(pickup).not.toHaveProperty("failed_code_attempts")
        }
      })

      it("filters by stock location and by a list of statuses, pages, and sorts newest first when asked", async () => {
        const a = await pickupAt("PAR-01", "a@example.com", 30)
        const b = await pickupAt("PAR-01", "b@example.com", 20)
        const c = await pickupAt("PAR-01", "c@example.com", 10)
        const lyon = await pickupAt("LYO-01", "d@example.com")
        await moveTo(a.pickupId, "collected")
        await moveTo(b.pickupId, "expired")

        const location = network.stores["PAR-01"].stock_location_id
        const done = (await api.get(`/admin/pickups?location_id=${location}&status=collected,expired&order=-placed_at`, admin))
          .data
        expect(done.pickups.map((p: any) => p.id)).toEqual([b.pickupId, a.pickupId])
        expect(done.pickups.map((p: any) => p.minutes_waiting)).toEqual([null, null])
        expect(done.count).toBe(2)
        expect(done.counts).toEqual(expect.objectContaining({ placed: 1, collected: 1, expired: 1 }))

        const page = (await api.get(`/admin/pickups?location_id=${location}&limit=1&offset=1`, admin)).data
        expect(page).toEqual(expect.objectContaining({ count: 3, limit: 1, offset: 1 }))
        expect(page.pickups.map((p: any) => p.id)).toEqual([b.pickupId])

        const everywhere = (await api.get(`/admin/pickups?status=placed`, admin)).data
        expect(everywhere.pickups.map((p: any) => p.id)).toEqual([c.pickupId, lyon.pickupId])
        expect(everywhere.counts).toEqual(expect.objectContaining({ placed: 2, collected: 1, expired: 1 }))
      })

      it("answers an empty list for a store with no pickups", async () => {
        await pickupAt("PAR-01")
        const { data } = await api.get(`/admin/pickups?store_id=${network.stores["LYO-01"].id}`, admin)
        expect(data).toEqual(expect.objectContaining({ pickups: [], count: 0 }))
        expect(Object.values(data.counts)).toEqual([0, 0, 0, 0, 0, 0])
      })

      it("refuses bad input with 400 and an unknown store with 404", async () => {
        for (const bad of [
          "status=waiting",
          "status=",
          "limit=0",
          "limit=abc",
          "offset=-1",
          "order=code_hash",
          `store_id=${network.stores["PAR-01"].id}&location_id=${network.stores["PAR-01"].stock_location_id}`,
        ]) {
          const response = await failure(api.get(`/admin/pickups?${bad}`, admin))
          expect([bad, response.status]).toEqual([bad, 400])
        }
        const unknown = await failure(api.get("/admin/pickups?store_id=stprof_nope", admin))
        expect(unknown.status).toBe(404)
      })

      it("requires an admin user (401)", async () => {
        expect((await failure(api.get("/admin/pickups"))).status).toBe(401)
      })
    })

    describe("GET /admin/orders/:id/pickup", () => {
      it("answers the order's pickup with its store and timeline, oldest first, naming the associate", async () => {
        const { result: associate } = await createAssociateWorkflow(getContainer()).run({
          input: {
            first_name: "Léa",
            last_name: "Martin",
            email: "lea@example.com",
            employee_code: "E-1001",
            role: "associate",
            password: PASSWORD,
            home_store_id: network.stores["PAR-01"].id,
          },
        })
        const { orderId, pickupId } = await pickupAt("PAR-01")
        const later = (minutes: number) => new Date(Date.now() + minutes * MINUTE)
        // Created out of order on purpose: the route sorts by time.
        await clickCollect().createPickupEvents([
          { pickup_id: pickupId, type: "ready", actor_id: associate.id, note: "Shelf B3", created_at: later(20) },
          { pickup_id: pickupId, type: "preparing", actor_id: associate.id, created_at: later(10) },
        ])
        await moveTo(pickupId, "ready", { code_hint: "7K", hold_until: later(3 * 24 * 60) })

        const { data } = await api.get(`/admin/orders/${orderId}/pickup`, admin)
        expect(data.pickup).toEqual(
          expect.objectContaining({
            id: pickupId,
            status: "ready",
            code_hint: "7K",
            hold_until: expect.any(String),
            order: expect.objectContaining({ id: orderId }),
            store: expect.objectContaining({ code: "PAR-01", name: "Paris Marais" }),
          })
        )
        expect(data.pickup).not.toHaveProperty("code_hash")
        expect(data.pickup.events).toEqual([
          expect.objectContaining({ type: "placed", actor_id: null, actor_name: null }),
          expect.objectContaining({ type: "preparing", actor_id: associate.id, actor_name: "Léa Martin" }),
          expect.objectContaining({ type: "ready", actor_name: "Léa Martin", note: "Shelf B3" }),
        ])
      })

      it("answers 404 for an order without a pickup and for an unknown order", async () => {
        const { orderId, pickupId } = await pickupAt("PAR-01")
        await getContainer()
          .resolve(ContainerRegistrationKeys.LINK)
          .dismiss({ clickCollect: { pickup_id: pickupId }, order: { order_id: orderId } })
        await clickCollect().deletePickups(pickupId)
        const noPickup = await failure(api.get(`/admin/orders/${orderId}/pickup`, admin))
        expect(noPickup.status).toBe(404)
        expect(noPickup.data.message).toContain("not a click & collect order")
        expect((await failure(api.get("/admin/orders/order_nope/pickup", admin))).status).toBe(404)
      })

      it("requires an admin user (401)", async () => {
        const { orderId } = await pickupAt("PAR-01")
        expect((await failure(api.get(`/admin/orders/${orderId}/pickup`))).status).toBe(401)
      })
    })
  },
})
