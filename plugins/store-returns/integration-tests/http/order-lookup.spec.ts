import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { signReturnToken } from "@passerelle/medusa-plugin-store-returns/utils/return-token"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import {
  cashSaleAtParis,
  collectAtParis,
  deliverFromWarehouse,
  openReturnWorld,
  placeWebOrder,
  ReturnWorld,
  WELCOME_CODE,
} from "../helpers/return-world"

jest.setTimeout(240 * 1000)

/** The test app's projectConfig.http.jwtSecret: tokens are signed with it when the plugin has no secret of its own. */
const APP_SECRET = "passerelle-plugin-tests"

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: ReturnWorld
    let webOrderId: string
    let displayId: number
    beforeEach(async () => {
      world = await openReturnWorld(getContainer(), api)
      webOrderId = await placeWebOrder(getContainer(), api, world, {
        items: [{ variant_id: world.variantIds.sweater, quantity: 2 }],
        optionId: world.warehouseDeliveryOptionId,
        promo: WELCOME_CODE,
        email: "Camille.Martin@example.com",
      })
      await deliverFromWarehouse(getContainer(), world, webOrderId, 3)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["display_id"], filters: { id: webOrderId } })
      displayId = (order as any).display_id
    })

    const lookup = (params: Record<string, string | number>, tablet = world.bordeaux) =>
      api.get(`/pos/orders/lookup?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`, tablet)

    it("finds an order by its number from any store, with per-line figures, the price paid and the customer", async () => {
      const { data } = await lookup({ display_id: displayId })

      expect(data.orders).toHaveLength(1)
      const [order] = data.orders
      expect(order).toEqual(
        expect.objectContaining({
          id: webOrderId,
          display_id: displayId,
          email: "Camille.Martin@example.com",
          sales_channel: { id: world.network.webChannelId, name: "Web" },
          customer: expect.objectContaining({ email: "camille.martin@example.com" }),
          paid_in_cash: false,
        })
      )
      expect(order.lines).toEqual([
        expect.objectContaining({
          sku: "PM-M",
          bought: 2,
          delivered: 2,
          already_returned: 0,
          returnable_quantity: 2,
          returnable_now: 2,
          unit_price_paid: 72,
          days_since_delivery: 3,
          status: "returnable",
          explanations: ["delivered 3 days ago; 27 days left to return"],
        }),
      ])
    })

    it("shows what was already returned, and refuses a line that is no longer returnable in words", async () => {
      const lineId = (await lookup({ display_id: displayId })).data.orders[0].lines[0].line_item_id
      await api.post(
        "/pos/returns",
        { order_id: webOrderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }], refund_method: "original" },
        { headers: { ...world.lyon.headers, "idempotency-key": "lookup-return" } }
      )

      const [line] = (await lookup({ display_id: displayId })).data.orders[0].lines
      expect(line).toEqual(expect.objectContaining({ already_returned: 1, returnable_now: 1 }))
      expect(line.explanations[0]).toBe("already returned 1 of 2")
    })

    it("finds orders by email in any case, and by the phone on the address or the customer", async () => {
      expect((await lookup({ email: "CAMILLE.martin@example.com" })).data.orders.map((o: any) => o.id)).toEqual([webOrderId])
      expect((await lookup({ email: "nobody@example.com" })).data.orders).toEqual([])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["customer_id", "shipping_address.id"], filters: { id: webOrderId } })
      await getContainer().resolve(Modules.CUSTOMER).updateCustomers((order as any).customer_id, { phone: "+33 6 12 34 56 78" })
      expect((await lookup({ phone: "06 12 34 56 78" })).data.orders.map((o: any) => o.id)).toEqual([webOrderId])

      await getContainer().resolve(Modules.ORDER).updateOrderAddresses([{ id: (order as any).shipping_address.id, phone: "04 72 00 00 01" }])
      expect((await lookup({ phone: "+33 4 72 00 00 01" })).data.orders.map((o: any) => o.id)).toEqual([webOrderId])
      expect((await lookup({ phone: "0999999999" })).data.orders).toEqual([])
    })

    it("finds an order by the shopper's return QR token, and says why a bad or expired one is refused", async () => {
      const token = signReturnToken({ order_id: webOrderId, expires_at: new Date(Date.now() + 3600_000) }, APP_SECRET)
      expect((await lookup({ token })).data.orders.map((o: any) => o.id)).toEqual([webOrderId])

      const expired = signReturnToken({ order_id: webOrderId, expires_at: new Date(Date.now() - 1000) }, APP_SECRET)
      const late = await failure(lookup({ token: expired }))
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("expired")

      const forged = await failure(lookup({ token: signReturnToken({ order_id: webOrderId, expires_at: new Date(Date.now() + 3600_000) }, "another-shop") }))
      expect(forged.status).toBe(400)
      expect(forged.data.message).toContain("not issued by this shop")
    })

    it("finds POS sales and click & collect orders too, and says what isn't delivered yet", async () => {
      const pickupId = await collectAtParis(getContainer(), api, world)
      const saleId = await cashSaleAtParis(api, world)
      const undelivered = await placeWebOrder(getContainer(), api, world, {
        items: [{ variant_id: world.variantIds.sweater, quantity: 1 }],
        optionId: world.warehouseDeliveryOptionId,
        email: "waiting@example.com",
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: [saleId, pickupId, undelivered] } })
      const numberOf = (id: string) => (orders as any[]).find((o) => o.id === id).display_id

      const [sale] = (await lookup({ display_id: numberOf(saleId) })).data.orders
      expect(sale).toEqual(expect.objectContaining({ paid_in_cash: true, sales_channel: expect.objectContaining({ name: "POS" }) }))
      expect(sale.lines[0]).toEqual(expect.objectContaining({ delivered: 1, status: "returnable", unit_price_paid: 80 }))

      const [pickup] = (await lookup({ display_id: numberOf(pickupId) })).data.orders
      expect(pickup.lines[0]).toEqual(expect.objectContaining({ delivered: 1, status: "returnable", days_since_delivery: 0 }))

      const [waiting] = (await lookup({ display_id: numberOf(undelivered) })).data.orders
      expect(waiting.lines[0]).toEqual(
        expect.objectContaining({ delivered: 0, returnable_quantity: 0, status: "not_delivered", explanations: ["not delivered yet"] })
      )
    })

    it("asks for exactly one way to look an order up", async () => {
      const none = await failure(api.get("/pos/orders/lookup", world.bordeaux))
      expect(none.status).toBe(400)
      const two = await failure(lookup({ display_id: displayId, email: "camille.martin@example.com" }))
      expect(two.status).toBe(400)
      const unauthenticated = await failure(api.get(`/pos/orders/lookup?display_id=${displayId}`))
      expect(unauthenticated.status).toBe(401)
    })
  },
})
