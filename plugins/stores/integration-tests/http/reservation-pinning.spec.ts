import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { checkoutCart, createShop, levelOf, reservationsOf, Shop, storeKey } from "../helpers/shop"

// @redis-tier: concurrent checkouts for the last unit queue on Medusa's cart lock

jest.setTimeout(300 * 1000)

const SHORT_SWEATER =
  "Paris Marais (PAR-01) can't cover this order: Pull marin (PM-NAVY-M) + Pull marin (PM-NAVY-M-GIFT) needs 2, 1 available"

/**
 * Reservations follow the shipping option: carts completed through Medusa's store routes (web publishable key) or
 * completeCartWorkflow, with the stock arranged so that Medusa alone would reserve at Lyon (store A).
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer, dbConnection }) => {
    const complete = (shop: Shop, cartId: string, key = shop.network.webKey) =>
      api.post(`/store/carts/${cartId}/complete`, {}, storeKey(key))

    /** What a failed completion left in the database. */
    const leftovers = async (cartId: string) => {
      const count = async (sql: string, bindings: unknown[] = []) =>
        Number((await dbConnection.raw(sql, bindings)).rows[0].n)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [cart] } = await query.graph({
        entity: "cart",
        fields: ["completed_at", "payment_collection.status", "payment_collection.payment_sessions.status"],
        filters: { id: cartId },
      })
      return {
        orders: await count(`SELECT count(*) AS n FROM "order"`),
        liveOrders: await count(`SELECT count(*) AS n FROM "order" WHERE deleted_at IS NULL`),
        orderCartLinks: await count(`SELECT count(*) AS n FROM order_cart WHERE cart_id = ? AND deleted_at IS NULL`, [cartId]),
        reservations: await count(`SELECT count(*) AS n FROM reservation_item WHERE deleted_at IS NULL`),
        payments: await count(`SELECT count(*) AS n FROM payment`),
        uncanceledPayments: await count(`SELECT count(*) AS n FROM payment WHERE canceled_at IS NULL`),
        completed: !!cart.completed_at,
        collection: cart.payment_collection?.status,
        sessions: (cart.payment_collection?.payment_sessions ?? []).map((s: { status: string }) => s.status),
      }
    }

    it("reserves every line at the shipping option's store, where Medusa would have picked another", async () => {
      const container = getContainer()
      const shop = await createShop(container, [
        { location: "lyon", sweater: 5, scarf: 5 },
        { location: "paris", sweater: 2, scarf: 1 },
      ])
      // Medusa on its own: the first location of the channel with the stock, Lyon.
      const spied = await checkoutCart(api, shop, {
        items: [{ variant_id: shop.sweater.variantId, quantity: 1 }],
        optionId: shop.options.parisPickup,
      })
      const workflow = completeCartWorkflow(container)
      let reservedByMedusa: [string, number][] = []
      workflow.insertActionAfter("reserve-inventory-step", "spy-on-medusa-reservations", {
        invoke: async () => {
          reservedByMedusa = await reservationsOf(container, shop.sweater.itemId)
        },
      })
      await workflow.run({ input: { id: spied } })
      expect(reservedByMedusa).toEqual([[shop.lyon, 1]])
      expect(await reservationsOf(container, shop.sweater.itemId)).toEqual([[shop.paris, 1]])

      const cartId = await checkoutCart(api, shop, {
        items: [
          { variant_id: shop.sweater.variantId, quantity: 1 },
          { variant_id: shop.scarf.variantId, quantity: 1 },
        ],
        optionId: shop.options.parisPickup,
      })
      const { data } = await complete(shop, cartId)
      expect(data.type).toBe("order")
      expect(await reservationsOf(container, shop.sweater.itemId)).toEqual([
        [shop.paris, 1],
        [shop.paris, 1],
      ])
      expect(await reservationsOf(container, shop.scarf.itemId)).toEqual([[shop.paris, 1]])
      expect(await levelOf(container, shop.sweater.itemId, shop.paris)).toEqual({ stocked: 2, reserved: 2 })
      expect(await levelOf(container, shop.sweater.itemId, shop.lyon)).toEqual({ stocked: 5, reserved: 0 })
      expect(await levelOf(container, shop.scarf.itemId, shop.lyon)).toEqual({ stocked: 5, reserved: 0 })
    })

    it("refuses a cart its store can't cover, summing two lines of one inventory item, before writing anything", async () => {
      const container = getContainer()
      const shop = await createShop(container, [
        { location: "lyon", sweater: 10 },
        { location: "paris", sweater: 1 },
      ])
      const cartId = await checkoutCart(api, shop, {
        items: [
          { variant_id: shop.sweater.variantId, quantity: 1 },
          { variant_id: shop.sweater.giftVariantId, quantity: 1 },
        ],
        optionId: shop.options.parisPickup,
      })

      const refused = await failure(complete(shop, cartId))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(SHORT_SWEATER)
      expect(await leftovers(cartId)).toEqual({
        orders: 0,
        liveOrders: 0,
        orderCartLinks: 0,
        reservations: 0,
        payments: 0,
        uncanceledPayments: 0,
        completed: false,
        collection: "not_paid",
        sessions: ["pending"],
      })

      // The hook runs before the order, the reservations and the payment: those steps never started.
      const { errors, transaction } = await completeCartWorkflow(container).run({
        input: { id: cartId },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe(SHORT_SWEATER)
      const states = Object.fromEntries(
        Object.values(transaction.getFlow().steps)
          .filter((step) => step.definition?.action)
          .map((step) => [step.definition.action, step.invoke.state])
      )
      expect(states).toEqual(
        expect.objectContaining({
          validate: "failed",
          "create-orders": "not_started",
          "reserve-inventory-step": "not_started",
          "authorize-payment-session-step": "not_started",
        })
      )
    })

    it("exempts backorder variants from the check", async () => {
      const container = getContainer()
      const shop = await createShop(container, [
        { location: "lyon", sweater: 10 },
        { location: "paris", sweater: 0 },
      ])
      const product = container.resolve(Modules.PRODUCT)
      await product.updateProductVariants(shop.sweater.variantId, { allow_backorder: true })
      const cartId = await checkoutCart(api, shop, {
        items: [{ variant_id: shop.sweater.variantId, quantity: 1 }],
        optionId: shop.options.parisPickup,
      })
      const { data } = await complete(shop, cartId)
      expect(data.type).toBe("order")
      expect(await reservationsOf(container, shop.sweater.itemId)).toEqual([[shop.paris, 1]])
    })

    it("reserves a web order delivered from the warehouse at the warehouse", async () => {
      const container = getContainer()
      const shop = await createShop(container, [
        { location: "lyon", sweater: 5, scarf: 5 },
        { location: "paris", sweater: 5, scarf: 5 },
        { location: "warehouse", sweater: 5, scarf: 5 },
      ])
      const cartId = await checkoutCart(api, shop, {
        items: [
          { variant_id: shop.sweater.variantId, quantity: 2 },
          { variant_id: shop.scarf.variantId, quantity: 1 },
        ],
        optionId: shop.options.warehouseStandard,
      })
      const { data } = await complete(shop, cartId)
      expect(data.type).toBe("order")
      expect(await reservationsOf(container, shop.sweater.itemId)).toEqual([[shop.warehouse, 2]])
      expect(await reservationsOf(container, shop.scarf.itemId)).toEqual([[shop.warehouse, 1]])
      expect(await levelOf(container, shop.sweater.itemId, shop.warehouse)).toEqual({ stocked: 5, reserved: 2 })
    })

    it("places exactly one of N concurrent orders for the store's last unit, never over-reserving it", async () => {
      const container = getContainer()
      const shop = await createShop(container, [
        { location: "lyon", sweater: 10 },
        { location: "paris", sweater: 1 },
      ])
      const carts: string[] = []
      for (let i = 0; i < 4; i++) {
        carts.push(
          await checkoutCart(api, shop, {
            items: [{ variant_id: shop.sweater.variantId, quantity: 1 }],
            optionId: shop.options.parisPickup,
          })
        )
      }
      let maxReserved = 0
      let done = false
      const watch = (async () => {
        while (!done) {
          maxReserved = Math.max(maxReserved, (await levelOf(container, shop.sweater.itemId, shop.paris)).reserved)
          await new Promise((resolve) => setTimeout(resolve, 10))
        }
      })()
      const results = await Promise.allSettled(carts.map((id) => complete(shop, id)))
      done = true
      await watch

      const placed = results.filter((r) => r.status === "fulfilled" && r.value.data.type === "order")
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected")
      expect(placed).toHaveLength(1)
      expect(refused).toHaveLength(3)
      for (const r of refused) {
        expect(r.reason.response.status).toBe(400)
        expect(r.reason.response.data.message).toMatch(
          /^Paris Marais \(PAR-01\) can't cover this order: Pull marin \(PM-NAVY-M\) needs 1, 0 available$/
        )
      }
      expect(maxReserved).toBeLessThanOrEqual(1)
      expect(await levelOf(container, shop.sweater.itemId, shop.paris)).toEqual({ stocked: 1, reserved: 1 })
      expect(await levelOf(container, shop.sweater.itemId, shop.lyon)).toEqual({ stocked: 10, reserved: 0 })
      expect(await reservationsOf(container, shop.sweater.itemId)).toEqual([[shop.paris, 1]])
      const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM "order" WHERE deleted_at IS NULL`)
      expect(rows[0].n).toBe(1)
    })
  },
})
