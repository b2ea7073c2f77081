import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually, failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { AttributionWorld, attributionService, openAttributionWorld, Shopper, signUpShopper } from "../helpers/attribution-world"

jest.setTimeout(300 * 1000)

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Touchpoints recorded by hand: an e-seller of the contact centre who helped a customer by phone, an associate who
 * met one by appointment. Refusals write nothing.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    let camille: Shopper
    const events: { name: string; data: any }[] = []
    let subscribed = false

    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
      camille = await signUpShopper(api, world, "camille@example.com", "Camille")
      events.length = 0
      if (!subscribed) {
        getContainer()
          .resolve(Modules.EVENT_BUS)
          .subscribe("sales-attribution.touchpoint.created", async ({ data }: { data: any }) => {
            events.push({ name: "sales-attribution.touchpoint.created", data })
          })
        subscribed = true
      }
    })

    const touchpointsNow = () => attributionService(getContainer()).listTouchpoints({})

    it("records Inès's phone call for the contact centre, earning credit for 14 days", async () => {
      const before = Date.now()
      const { status, data } = await api.post(
        "/pos/touchpoints",
        { kind: "assisted", customer_id: camille.id, contact: "phone", note: "Advised on sizes" },
        world.tablets.ines
      )
      const after = Date.now()

      expect(status).toBe(201)
      expect(data.touchpoint).toEqual({
        id: expect.stringMatching(/^tp_/),
        kind: "assisted",
        associate_id: world.associateIds.ines,
        store_id: world.network.stores["CC-01"].id,
        customer_id: camille.id,
        cart_id: null,
        contact: "phone",
        note: "Advised on sizes",
        occurred_at: expect.any(String),
        expires_at: expect.any(String),
      })
      const occurredAt = new Date(data.touchpoint.occurred_at).getTime()
      expect(occurredAt).toBeGreaterThanOrEqual(before)
      expect(occurredAt).toBeLessThanOrEqual(after)
      expect(new Date(data.touchpoint.expires_at).getTime()).toBe(occurredAt + 14 * DAY_MS)
      expect(await touchpointsNow()).toEqual([
        expect.objectContaining({ id: data.touchpoint.id, kind: "assisted", contact: "phone", order_id: null }),
      ])
      await eventually(() =>
        expect(events).toEqual([
          {
            name: "sales-attribution.touchpoint.created",
            data: {
              id: data.touchpoint.id,
              kind: "assisted",
              associate_id: world.associateIds.ines,
              store_id: world.network.stores["CC-01"].id,
              customer_id: camille.id,
            },
          },
        ])
      )
    })

    it("records Léa's appointment of two days ago at PAR-01, expiring 14 days after it happened", async () => {
      const occurredAt = new Date(Date.now() - 2 * DAY_MS)
      occurredAt.setMilliseconds(0)
      const { status, data } = await api.post(
        "/pos/touchpoints",
        { kind: "appointment", customer_id: camille.id, occurred_at: occurredAt.toISOString() },
        world.tablets.lea
      )
      expect(status).toBe(201)
      expect(data.touchpoint).toEqual(
        expect.objectContaining({
          kind: "appointment",
          associate_id: world.associateIds.lea,
          store_id: world.network.stores["PAR-01"].id,
          contact: null,
          note: null,
          occurred_at: occurredAt.toISOString(),
          expires_at: new Date(occurredAt.getTime() + 14 * DAY_MS).toISOString(),
        })
      )
    })

    it.each([
      [
        "an assisted contact without how it happened",
        () => ({ kind: "assisted", customer_id: camille.id }),
        400,
        /contact is required for an assisted touchpoint/,
      ],
      ["an unknown customer", () => ({ kind: "appointment", customer_id: "cus_UNKNOWN" }), 404, /^No customer cus_UNKNOWN$/],
      [
        "a contact in the future",
        () => ({ kind: "assisted", customer_id: camille.id, contact: "chat", occurred_at: new Date(Date.now() + 60 * 60 * 1000).toISOString() }),
        400,
        /is in the future: record a contact once it has happened$/,
      ],
      [
        "a contact older than the attribution window",
        () => ({ kind: "assisted", customer_id: camille.id, contact: "email", occurred_at: new Date(Date.now() - 15 * DAY_MS).toISOString() }),
        400,
        /is more than 14 days ago: it is outside the attribution window and could earn no credit$/,
      ],
      ["an unknown key", () => ({ kind: "appointment", customer_id: camille.id, store_id: "sp_x" }), 400, /store_id/],
      ["a kind recorded by its own flow", () => ({ kind: "pos_sale", customer_id: camille.id }), 400, /Expected: 'assisted, appointment' for field 'kind'/],
      ["a contact channel that doesn't exist", () => ({ kind: "assisted", customer_id: camille.id, contact: "fax" }), 400, /Expected: 'phone, chat, email, video, in_store' for field 'contact'/],
      ["a date that isn't one", () => ({ kind: "appointment", customer_id: camille.id, occurred_at: "yesterday" }), 400, /occurred_at must be an ISO date and time/],
    ])("refuses %s, writing nothing", async (_label, body, status, message) => {
      const refused = await failure(api.post("/pos/touchpoints", body(), world.tablets.ines))
      expect(refused.status).toBe(status)
      expect(refused.data.message).toMatch(message)
      expect(await touchpointsNow()).toEqual([])
    })

    it("is for signed-in associates only", async () => {
      const refused = await failure(
        api.post("/pos/touchpoints", { kind: "appointment", customer_id: camille.id }, camille.headers)
      )
      expect(refused.status).toBe(401)
      expect(await touchpointsNow()).toEqual([])
    })
  },
})
