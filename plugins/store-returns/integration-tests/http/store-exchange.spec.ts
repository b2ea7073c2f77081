import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStoreExchangeWorkflow } from "@passerelle/medusa-plugin-store-returns/workflows"
import { failure, PASSWORD } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { ExchangeStock, exchangeTrail, stockExchangeProducts } from "../helpers/exchange-stock"
import {
  cashSaleAtParis,
  deliverFromWarehouse,
  openReturnWorld,
  placeWebOrder,
  returnTrail,
  ReturnWorld,
  stockedAt,
  Tablet,
} from "../helpers/return-world"

// @redis-tier: one Idempotency-Key sent five times at once is held by the locking module

jest.setTimeout(240 * 1000)

/** Test-only: the counter "fails" just before the money moves, after Medusa's exchange was confirmed and handed over. */
let settleFails = false
createStoreExchangeWorkflow.hooks.beforeSettle(async () => {
  if (settleFails) {
    throw new Error("The card terminal is unreachable")
  }
})

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: ReturnWorld
    let stock: ExchangeStock
    let lyonLocation: string
    beforeEach(async () => {
      world = await openReturnWorld(getContainer(), api)
      stock = await stockExchangeProducts(getContainer(), world)
      lyonLocation = world.network.stores["LYO-01"].stock_location_id
    })

    let keys = 0
    const withKey = (tablet: Tablet, key = `exchange-${Date.now()}-${++keys}`) => ({
      headers: { ...tablet.headers, "idempotency-key": key },
    })
    const exchangeAt = (tablet: Tablet, body: Record<string, unknown>, key?: string) =>
      api.post("/pos/exchanges", body, withKey(tablet, key)).catch((error: any) => {
        throw Object.assign(new Error(`${error.message}: ${JSON.stringify(error.response?.data)}`), {
          response: { status: error.response?.status, data: error.response?.data },
        })
      })
    /** A sweater (80 €) bought on the web, delivered from the warehouse. */
    const deliveredSweater = async () => {
      const orderId = await placeWebOrder(getContainer(), api, world, {
        items: [{ variant_id: world.variantIds.sweater, quantity: 1 }],
        optionId: world.warehouseDeliveryOptionId,
      })
      await deliverFromWarehouse(getContainer(), world, orderId)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
      return { orderId, lineId: (order as any).items[0].id as string }
    }
    const shelf = async () => ({
      lyon: {
        sweater: await stockedAt(getContainer(), world.itemIds.sweater, lyonLocation),
        premium: await stockedAt(getContainer(), stock.itemIds.premium, lyonLocation),
        light: await stockedAt(getContainer(), stock.itemIds.light, lyonLocation),
        rare: await stockedAt(getContainer(), stock.itemIds.rare, lyonLocation),
      },
      warehouse: {
        sweater: await stockedAt(getContainer(), world.itemIds.sweater, world.network.warehouseId),
        premium: await stockedAt(getContainer(), stock.itemIds.premium, world.network.warehouseId),
        light: await stockedAt(getContainer(), stock.itemIds.light, world.network.warehouseId),
        rare: await stockedAt(getContainer(), stock.itemIds.rare, world.network.warehouseId),
      },
    })
    /** The world's admin user (openReturnWorld made them), signed in. */
    const signedInAdmin = async () => {
      const { data } = await api.post("/auth/user/emailpass", { email: "merch@example.com", password: PASSWORD })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }
    const reservedAtLyon = async () => {
      const levels = await (getContainer().resolve("inventory") as any).listInventoryLevels({ location_id: lyonLocation })
      return levels.reduce((sum: number, level: any) => sum + Number(level.reserved_quantity), 0)
    }

    it("exchanges a sweater for a dearer one from Lyon's shelf: the shopper pays the 15 € difference in cash (change given), the order shows it paid, Lyon's stock of the new one goes down and the returned one goes up", async () => {
      const { orderId, lineId } = await deliveredSweater()
      const before = await shelf()
      expect(before.lyon.sweater).toBeNull()

      const { status, data } = await exchangeAt(world.lyon, {
        order_id: orderId,
        return_lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }],
        new_items: [{ variant_id: stock.variantIds.premium, quantity: 1 }],
        payments: [{ method: "cash", tendered: 20 }],
      })

      expect(status).toBe(201)
      expect(data.exchange).toEqual(
        expect.objectContaining({
          order_id: orderId,
          amount_paid: 15,
          amount_refunded: 0,
          currency_code: "eur",
          change_due: 5,
          tenders: [expect.objectContaining({ method: "cash", amount: 15, tendered: 20, change_due: 5 })],
          new_items: [expect.objectContaining({ variant_id: stock.variantIds.premium, quantity: 1, unit_price: 95, sku: "PMP-M" })],
        })
      )
      expect(data.exchange.id).toMatch(/^oexc_/)
      expect(data.store_return).toEqual(
        expect.objectContaining({
          status: "completed",
          location_id: lyonLocation,
          refund_amount: 0,
          lines: [expect.objectContaining({ line_item_id: lineId, quantity: 1, condition: "resellable" })],
        })
      )

      const after = await shelf()
      expect(after.lyon.premium).toBe(before.lyon.premium! - 1)
      expect(after.lyon.sweater).toBe(1)
      expect(after.warehouse).toEqual(before.warehouse)
      expect(await reservedAtLyon()).toBe(0)

      const trail = await exchangeTrail(getContainer(), orderId)
      expect(trail.exchanges).toHaveLength(1)
      expect(trail.exchanges[0].id).toBe(data.exchange.id)
      // The sweater (80 €) and the delivery (5 €), then the 15 € difference, all captured, nothing left to pay.
      expect(trail.captures).toEqual([15, 85])
      expect(trail.refunds).toEqual([])
      expect(Number(trail.order.total)).toBe(100)
      expect(Number(trail.order.summary.pending_difference)).toBe(0)
      const { data: { order: shown } } = await api.get(`/admin/orders/${orderId}?fields=payment_status,total,summary`, await signedInAdmin())
      expect(shown.payment_status).toBe("captured")
      expect(shown.total).toBe(100)
      const { data: { store_returns: onOrderPage } } = await api.get(`/admin/orders/${orderId}/store-returns`, await signedInAdmin())
      expect(onOrderPage).toEqual([
        expect.objectContaining({ id: data.store_return.id, store: expect.objectContaining({ code: "LYO-01" }), refund_amount: 0 }),
      ])
      // Warehouse delivery, then the hand-over at Lyon's counter.
      expect(trail.fulfillments).toBe(2)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [linked] } = await query.graph({
        entity: "store_return",
        fields: ["id", "exchange_id", "return.id", "return.status", "store_profile.code", "associate.email"],
        filters: { id: data.store_return.id },
      })
      expect(linked).toEqual(
        expect.objectContaining({
          exchange_id: data.exchange.id,
          return: expect.objectContaining({ id: data.exchange.return_id, status: "received" }),
          store_profile: expect.objectContaining({ code: "LYO-01" }),
          associate: expect.objectContaining({ email: "hugo@example.com" }),
        })
      )
    })

    it("exchanges a damaged sweater for a cheaper one: the shopper gets 20 € back on the original payment, the damaged one is not restocked", async () => {
      const { orderId, lineId } = await deliveredSweater()
      const before = await shelf()

      const { status, data } = await exchangeAt(world.lyon, {
        order_id: orderId,
        return_lines: [{ line_item_id: lineId, quantity: 1, condition: "damaged", note: "hole in the sleeve" }],
        new_items: [{ variant_id: stock.variantIds.light, quantity: 1 }],
        refund_method: "original",
      })

      expect(status).toBe(201)
      expect(data.exchange).toEqual(expect.objectContaining({ amount_paid: 0, amount_refunded: 20, tenders: [], change_due: 0 }))
      expect(data.refund).toEqual({ method: "original", amount: 20, currency_code: "eur", cash_to_hand_back: null })
      expect(data.store_return.lines).toEqual([expect.objectContaining({ condition: "damaged", note: "hole in the sleeve" })])

      const after = await shelf()
      expect(after.lyon.light).toBe(before.lyon.light! - 1)
      expect(after.lyon.sweater ?? 0).toBe(0)
      expect(after.warehouse).toEqual(before.warehouse)

      const trail = await exchangeTrail(getContainer(), orderId)
      expect(trail.exchanges).toHaveLength(1)
      expect(trail.captures).toEqual([85])
      expect(trail.refunds).toEqual([20])
      expect(Number(trail.order.total)).toBe(65)
      expect(Number(trail.order.summary.pending_difference)).toBe(0)
    })

    it("exchanges a till sale paid in cash for a cheaper sweater at Paris, handing 20 € back in cash", async () => {
      const orderId = await cashSaleAtParis(api, world)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
      const lineId = (order as any).items[0].id as string
      const paris = world.network.stores["PAR-01"].stock_location_id
      const sweaterBefore = await stockedAt(getContainer(), world.itemIds.sweater, paris)
      const lightBefore = await stockedAt(getContainer(), stock.itemIds.light, paris)
      const body = {
        order_id: orderId,
        return_lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }],
        new_items: [{ variant_id: stock.variantIds.light, quantity: 1 }],
      }

      const toProvider = await failure(exchangeAt(world.paris, { ...body, refund_method: "original" }))
      expect(toProvider.status).toBe(400)
      expect(toProvider.data.message).toContain("paid in cash")

      const { status, data } = await exchangeAt(world.paris, { ...body, refund_method: "cash" })
      expect(status).toBe(201)
      expect(data.refund).toEqual({ method: "cash", amount: 20, currency_code: "eur", cash_to_hand_back: 20 })
      expect(await stockedAt(getContainer(), world.itemIds.sweater, paris)).toBe(sweaterBefore! + 1)
      expect(await stockedAt(getContainer(), stock.itemIds.light, paris)).toBe(lightBefore! - 1)
      expect((await exchangeTrail(getContainer(), orderId)).refunds).toEqual([20])
    })

    it("refuses a variant Lyon doesn't have on its shelf, naming it, and writes nothing; also another store's exchange (403), an unknown field (400) and an underpaid difference (400)", async () => {
      const { orderId, lineId } = await deliveredSweater()
      const before = await shelf()
      const body = {
        order_id: orderId,
        return_lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }],
        new_items: [{ variant_id: stock.variantIds.rare, quantity: 1 }],
        refund_method: "original",
      }

      const refused = await failure(exchangeAt(world.lyon, body))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("Pull rare (M, SKU PR-M) is not in stock at LYO-01")

      const elsewhere = await failure(exchangeAt(world.bordeaux, { ...body, store_id: world.network.stores["LYO-01"].id }))
      expect(elsewhere.status).toBe(403)
      const strict = await failure(exchangeAt(world.lyon, { ...body, discount: 10 }))
      expect(strict.status).toBe(400)
      const underpaid = await failure(
        exchangeAt(world.lyon, { ...body, new_items: [{ variant_id: stock.variantIds.premium, quantity: 1 }], payments: [{ method: "cash", tendered: 10 }] })
      )
      expect(underpaid.status).toBe(400)
      expect(underpaid.data.message).toContain("short of the €15.00 due")

      expect(await shelf()).toEqual(before)
      const trail = await exchangeTrail(getContainer(), orderId)
      expect(trail.exchanges).toEqual([])
      expect(trail.fulfillments).toBe(1)
      expect(trail.refunds).toEqual([])
      expect((await returnTrail(getContainer(), orderId)).storeReturns).toEqual([])
    })

    it("makes exactly one exchange when the same Idempotency-Key is sent five times at once, and replays its result", async () => {
      const { orderId, lineId } = await deliveredSweater()
      const before = await shelf()
      const body = {
        order_id: orderId,
        return_lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }],
        new_items: [{ variant_id: stock.variantIds.premium, quantity: 1 }],
        payments: [{ method: "card", reference: "TPE-0042" }],
      }

      const responses = await Promise.all([1, 2, 3, 4, 5].map(() => exchangeAt(world.lyon, body, "double-tap")))

      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201])
      expect(new Set(responses.map((r) => r.data.exchange.id)).size).toBe(1)
      expect(responses.map((r) => r.data.exchange.tenders)).toEqual(
        Array(5).fill([expect.objectContaining({ method: "card", amount: 15, card_reference: "TPE-0042" })])
      )
      const after = await shelf()
      expect(after.lyon.premium).toBe(before.lyon.premium! - 1)
      const trail = await exchangeTrail(getContainer(), orderId)
      expect(trail.exchanges).toHaveLength(1)
      expect(trail.captures).toEqual([15, 85])
      expect((await returnTrail(getContainer(), orderId)).storeReturns).toHaveLength(1)

      const replay = await exchangeAt(world.lyon, body, "double-tap")
      expect(replay.status).toBe(200)
      expect(replay.data).toEqual(responses.find((r) => r.status === 201)!.data)
    })

    it("leaves no half exchange when the counter fails after Medusa's exchange was confirmed and handed over, and the key can be used again", async () => {
      const { orderId, lineId } = await deliveredSweater()
      const before = await shelf()
      const body = {
        order_id: orderId,
        return_lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }],
        new_items: [{ variant_id: stock.variantIds.premium, quantity: 1 }],
        payments: [{ method: "cash", tendered: 15 }],
      }

      settleFails = true
      try {
        const failed = await failure(exchangeAt(world.lyon, body, "flaky"))
        expect(failed.status).toBeGreaterThanOrEqual(400)
      } finally {
        settleFails = false
      }

      expect(await shelf()).toEqual(before)
      expect(await reservedAtLyon()).toBe(0)
      const trail = await exchangeTrail(getContainer(), orderId)
      expect(trail.exchanges).toEqual([])
      expect(trail.fulfillments).toBe(1)
      expect(trail.order.items).toHaveLength(1)
      expect(trail.captures).toEqual([85])
      expect(Number(trail.order.total)).toBe(85)
      expect(Number(trail.order.summary.pending_difference)).toBe(0)
      const returns = await returnTrail(getContainer(), orderId)
      expect(returns.returns.filter((status: string) => status !== "canceled")).toEqual([])
      expect(returns.storeReturns).toEqual([])

      const retried = await exchangeAt(world.lyon, body, "flaky")
      expect(retried.status).toBe(201)
      expect(retried.data.exchange.amount_paid).toBe(15)
      expect((await shelf()).lyon.premium).toBe(before.lyon.premium! - 1)
    })
  },
})
