import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { SalesAttributionEvents } from "../../src/constants"
import { attributeOrderWorkflow } from "../../src/workflows/attribute-order"
import {
  adminLogin,
  attributionOf,
  attributionService,
  AttributionWorld,
  awaitAttribution,
  centsOf,
  creditBaseCentsOf,
  forgetAttribution,
  openAttributionWorld,
  placeWebOrder,
  posSale,
  recordTouchpoint,
  signUpShopper,
  SOCKS,
  SWEATER,
  WELCOME_CODE,
} from "../helpers/attribution-world"

// @redis-tier: order.placed delivered twice and concurrent runs, through the event bus and the locking module

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
    })
    const sweater = () => [{ variant_id: world.variantIds.sweater, quantity: 1 }]

    it("credits a POS sale 100 % to the associate who rang it up, and records it as her touchpoint for the customer", async () => {
      const shopper = await signUpShopper(api, world, "camille@example.com")
      const orderId = await posSale(api, world.tablets.lea, [SWEATER.barcode], shopper.id)

      const { header, records } = await awaitAttribution(getContainer(), orderId)
      const base = await creditBaseCentsOf(getContainer(), orderId)
      expect(base).toBe(6667) // 80 € with 20 % VAT included
      expect(header).toEqual(
        expect.objectContaining({ rule: "pos_sale", reason: "POS sale rung up by Léa (PAR-01)", currency_code: "eur", sales_channel_id: world.network.posChannelId })
      )
      expect(Number(header.gross_amount)).toBe(66.67)
      expect(records).toEqual([
        expect.objectContaining({
          kind: "sale",
          beneficiary: "associate",
          associate_id: world.associateIds.lea,
          store_id: world.network.stores["PAR-01"].id,
          rule: "pos_sale",
          reason: "POS sale rung up by Léa (PAR-01)",
          superseded_at: null,
        }),
      ])
      expect(centsOf(records)).toBe(base)
      const touchpoints = await attributionService(getContainer()).listTouchpoints({ order_id: orderId })
      expect(touchpoints).toEqual([
        expect.objectContaining({ kind: "pos_sale", associate_id: world.associateIds.lea, customer_id: shopper.id, store_id: world.network.stores["PAR-01"].id }),
      ])
      // The order is linked to its attribution on Medusa's side.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "order_attribution.id"], filters: { id: orderId } })
      expect((order as any).order_attribution?.id).toBe(header.id)
    })

    it("credits a web order to the e-seller who assisted the customer two days before (Inès, CC-01, web channel)", async () => {
      const shopper = await signUpShopper(api, world, "jeanne@example.com")
      const touch = await recordTouchpoint(getContainer(), world, { by: "ines", store: "CC-01", customerId: shopper.id, daysAgo: 2 })
      const orderId = await placeWebOrder(api, world, { items: sweater(), shopper })

      const { header, records } = await awaitAttribution(getContainer(), orderId)
      const reason = "assisted by Inès (CC-01) by phone 2 days before; last-touch within 14 days"
      expect(header).toEqual(expect.objectContaining({ rule: "last_touch", reason, sales_channel_id: world.network.webChannelId }))
      expect(records).toEqual([
        expect.objectContaining({
          beneficiary: "associate",
          associate_id: world.associateIds.ines,
          store_id: world.network.stores["CC-01"].id,
          sales_channel_id: world.network.webChannelId,
          touchpoint_id: touch.id,
          rule: "last_touch",
          reason,
        }),
      ])
      expect(centsOf(records)).toBe(await creditBaseCentsOf(getContainer(), orderId))
    })

    it("credits a guest checkout with the email of a customer an associate touched (a second customer, same email)", async () => {
      const shopper = await signUpShopper(api, world, "louise@example.com")
      await recordTouchpoint(getContainer(), world, { by: "hugo", store: "PAR-01", kind: "appointment", customerId: shopper.id, daysAgo: 1 })
      const orderId = await placeWebOrder(api, world, { items: sweater(), email: "louise@example.com" })

      const { header, records } = await awaitAttribution(getContainer(), orderId)
      expect(header.reason).toBe("appointment with Hugo (PAR-01) 1 day before; last-touch within 14 days")
      expect(records[0].associate_id).toBe(world.associateIds.hugo)
    })

    it("credits the web's house account when no associate touched the customer, and when the touch is older than the window", async () => {
      const untouched = await placeWebOrder(api, world, { items: sweater(), email: "nobody@example.com" })
      const shopper = await signUpShopper(api, world, "paul@example.com")
      await recordTouchpoint(getContainer(), world, { by: "lea", store: "PAR-01", customerId: shopper.id, daysAgo: 15 })
      const tooLate = await placeWebOrder(api, world, { items: sweater(), shopper })

      for (const orderId of [untouched, tooLate]) {
        const { header, records } = await awaitAttribution(getContainer(), orderId)
        expect(header).toEqual(
          expect.objectContaining({ rule: "house", reason: "no touchpoint within 14 days; credited to the House account (Web)" })
        )
        expect(records).toEqual([expect.objectContaining({ beneficiary: "house", associate_id: null, store_id: null, rule: "house" })])
        expect(centsOf(records)).toBe(await creditBaseCentsOf(getContainer(), orderId))
      }
    })

    it("adds the records up to the order total net of tax, with a promo code and shipping", async () => {
      const shopper = await signUpShopper(api, world, "marie@example.com")
      await recordTouchpoint(getContainer(), world, { by: "lea", store: "PAR-01", customerId: shopper.id, daysAgo: 3 })
      const orderId = await placeWebOrder(api, world, {
        items: [
          { variant_id: world.variantIds.sweater, quantity: 1 },
          { variant_id: world.variantIds.socks, quantity: 3 },
        ],
        shopper,
        promo: WELCOME_CODE,
      })
      const { header, records } = await awaitAttribution(getContainer(), orderId)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: ["total", "tax_total", "credit_line_total", "discount_total", "shipping_total"],
        filters: { id: orderId },
      })
      // (80 + 30) × 0.9 + 5 shipping = 104 € paid, VAT included.
      expect(Number((order as any).total)).toBe(104)
      expect(Number((order as any).discount_total)).toBeGreaterThan(0)
      expect(Number((order as any).shipping_total)).toBe(5)
      const base = await creditBaseCentsOf(getContainer(), orderId)
      expect(base).toBe(Math.round((104 - Number((order as any).tax_total)) * 100))
      expect(Math.round(Number(header.gross_amount) * 100)).toBe(base)
      expect(centsOf(records)).toBe(base)
      expect(SOCKS.price).toBe(10)
    })

    it("writes one set of records although order.placed is delivered again and the workflow runs twice at once", async () => {
      const shopper = await signUpShopper(api, world, "ana@example.com")
      await recordTouchpoint(getContainer(), world, { by: "lea", store: "PAR-01", customerId: shopper.id, daysAgo: 1 })
      const attributed: string[] = []
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      eventBus.subscribe(SalesAttributionEvents.ORDER_ATTRIBUTED, async ({ data }: any) => {
        attributed.push(data.order_id)
      })
      const orderId = await placeWebOrder(api, world, { items: sweater(), shopper })
      const first = await awaitAttribution(getContainer(), orderId)

      await eventBus.emit([
        { name: "order.placed", data: { id: orderId } },
        { name: "order.placed", data: { id: orderId } },
      ])
      const runs = await Promise.all([
        attributeOrderWorkflow(getContainer()).run({ input: { order_id: orderId } }),
        attributeOrderWorkflow(getContainer()).run({ input: { order_id: orderId } }),
      ])
      expect(runs.map((run) => run.result)).toEqual([
        { order_attribution_id: first.header.id, created: false },
        { order_attribution_id: first.header.id, created: false },
      ])
      await new Promise((resolve) => setTimeout(resolve, 1500))

      const after = await attributionOf(getContainer(), orderId)
      expect(await attributionService(getContainer()).listOrderAttributions({ order_id: orderId })).toHaveLength(1)
      expect(after.records.map((r) => r.id)).toEqual(first.records.map((r) => r.id))
      // One attribution event: the first delivery's.
      expect(attributed.filter((id) => id === orderId)).toEqual([orderId])
    })

    it("attributes an order once when two first runs race (no earlier delivery)", async () => {
      const orderId = await placeWebOrder(api, world, { items: sweater(), email: "race@example.com" })
      const first = await awaitAttribution(getContainer(), orderId)
      // Start from nothing again, then race two runs.
      expect(first.header).not.toBeNull()
      await forgetAttribution(getContainer(), orderId)
      const runs = await Promise.all([
        attributeOrderWorkflow(getContainer()).run({ input: { order_id: orderId } }),
        attributeOrderWorkflow(getContainer()).run({ input: { order_id: orderId } }),
      ])
      expect(runs.map((run) => run.result.created).sort()).toEqual([false, true])
      const after = await attributionOf(getContainer(), orderId)
      expect(after.header).not.toBeNull()
      expect(after.records).toHaveLength(1)
    })

    it("answers the admin's order widget with the header, the records with names, and 404 for an unknown order", async () => {
      const orderId = await posSale(api, world.tablets.hugo)
      await awaitAttribution(getContainer(), orderId)
      const admin = await adminLogin(api)
      const { data } = await api.get(`/admin/orders/${orderId}/attribution`, admin)
      expect(data.attribution).toEqual(
        expect.objectContaining({ order_id: orderId, rule: "pos_sale", gross_amount: 66.67, returned_amount: 0, net_amount: 66.67, sales_channel_name: "POS" })
      )
      expect(data.records).toEqual([
        expect.objectContaining({ associate_id: world.associateIds.hugo, label: "Hugo Test (PAR-01)", store_code: "PAR-01", amount: 66.67 }),
      ])
      expect(data.overrides).toEqual([])
      expect((await failure(api.get("/admin/orders/order_nope/attribution", admin))).status).toBe(404)
      // The tablet: Hugo sees his sale, Bruno (another store's manager) doesn't.
      expect((await api.get(`/pos/attributions/${orderId}`, world.tablets.hugo)).data.attribution.id).toBe(data.attribution.id)
      expect((await failure(api.get(`/pos/attributions/${orderId}`, world.tablets.bruno))).status).toBe(403)
    })
  },
})
