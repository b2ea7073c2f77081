import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { pinOrderReservationsWorkflow } from "@passerelle/medusa-plugin-stores/workflows"
import path from "path"
import { checkoutCart, createShop, levelOf, reservationsOf, Shop } from "../helpers/shop"

jest.setTimeout(300 * 1000)

/**
 * What is undone when the relocation fails or a later step does: the relocation's own compensation, and what
 * completeCartWorkflow's compensation leaves behind around it.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer, dbConnection }) => {
    let container: MedusaContainer
    let shop: Shop

    beforeEach(async () => {
      container = getContainer()
      shop = await createShop(container, [
        { location: "lyon", sweater: 10, scarf: 10 },
        { location: "paris", sweater: 1, scarf: 1 },
      ])
    })

    const boom = {
      invoke: async () => {
        throw new Error("a later step failed")
      },
    }

    const cartForParis = () =>
      checkoutCart(api, shop, {
        items: [
          { variant_id: shop.sweater.variantId, quantity: 1 },
          { variant_id: shop.scarf.variantId, quantity: 1 },
        ],
        optionId: shop.options.parisPickup,
      })

    /** Every row a completion may have written, deleted or not. */
    const leftovers = async (cartId: string) => {
      const rows = async (sql: string, bindings: unknown[] = []) => (await dbConnection.raw(sql, bindings)).rows
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [cart] } = await query.graph({
        entity: "cart",
        fields: ["completed_at", "payment_collection.status", "payment_collection.payment_sessions.status"],
        filters: { id: cartId },
      })
      return {
        orders: await rows(`SELECT id, status, deleted_at IS NOT NULL AS deleted FROM "order"`),
        orderItems: await rows(`SELECT count(*)::int AS n, count(deleted_at)::int AS deleted FROM order_item`),
        orderCart: await rows(`SELECT deleted_at IS NOT NULL AS deleted FROM order_cart WHERE cart_id = ?`, [cartId]),
        reservations: await rows(
          `SELECT location_id, quantity::int, line_item_id IS NOT NULL AS for_line, deleted_at IS NOT NULL AS deleted
             FROM reservation_item ORDER BY created_at`
        ),
        payments: await rows(`SELECT canceled_at IS NOT NULL AS canceled, captured_at IS NOT NULL AS captured FROM payment`),
        cart: {
          completed: !!cart.completed_at,
          collection: cart.payment_collection?.status,
          sessions: (cart.payment_collection?.payment_sessions ?? []).map((s: { status: string }) => s.status),
        },
      }
    }

    const steal = {
      invoke: async () => {
        // Another order, placed between this cart's validate hook and its relocation, takes Paris's last sweater.
        const inventory = container.resolve(Modules.INVENTORY)
        await inventory.createReservationItems([
          { inventory_item_id: shop.sweater.itemId, location_id: shop.paris, quantity: 1, description: "another order" },
        ])
      },
    }

    it("a guard refusal while relocating fails the completion with a 400 naming the item; Medusa undoes the rest", async () => {
      const cartId = await cartForParis()
      const workflow = completeCartWorkflow(container)
      workflow.insertActionBefore("beforePaymentAuthorization", "another-order-takes-paris-stock", steal)
      const { errors } = await workflow.run({ input: { id: cartId }, throwOnError: false })

      expect(errors).toHaveLength(1)
      expect(errors[0].action).toBe("beforePaymentAuthorization")
      expect(errors[0].error).toEqual(
        expect.objectContaining({
          type: MedusaError.Types.NOT_ALLOWED,
          message: "Paris Marais (PAR-01) can't cover this order: Pull marin (PM-NAVY-M) needs 1, 0 available",
        })
      )
      // What completeCartWorkflow's compensation leaves: the order and its lines deleted (hard), the cart ↔ order
      // link soft-deleted, Medusa's reservations deleted; the refusal came before the payment was authorized, so
      // there is no payment and the session is still pending: the shopper can simply pay again.
      expect(await leftovers(cartId)).toEqual({
        orders: [],
        orderItems: [{ n: 0, deleted: 0 }],
        orderCart: [{ deleted: true }],
        reservations: [{ location_id: shop.paris, quantity: 1, for_line: false, deleted: false }],
        payments: [],
        cart: { completed: false, collection: "not_paid", sessions: ["pending"] },
      })
      expect(await levelOf(container, shop.sweater.itemId, shop.paris)).toEqual({ stocked: 1, reserved: 1 })
      expect(await levelOf(container, shop.sweater.itemId, shop.lyon)).toEqual({ stocked: 10, reserved: 0 })
      expect(await levelOf(container, shop.scarf.itemId, shop.lyon)).toEqual({ stocked: 10, reserved: 0 })
      expect(await levelOf(container, shop.scarf.itemId, shop.paris)).toEqual({ stocked: 1, reserved: 0 })
    })

    it("a failure after the relocation leaves no reservation anywhere, no order, and the payment canceled", async () => {
      const cartId = await cartForParis()
      const workflow = completeCartWorkflow(container)
      workflow.appendAction("fail", "orderCreated", boom)
      const { errors } = await workflow.run({ input: { id: cartId }, throwOnError: false })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await leftovers(cartId)).toEqual({
        orders: [],
        orderItems: [{ n: 0, deleted: 0 }],
        orderCart: [{ deleted: true }],
        reservations: [],
        payments: [{ canceled: true, captured: false }],
        cart: { completed: false, collection: "authorized", sessions: ["authorized"] },
      })
      for (const item of [shop.sweater.itemId, shop.scarf.itemId]) {
        for (const location of [shop.paris, shop.lyon]) {
          expect((await levelOf(container, item, location)).reserved).toBe(0)
        }
      }
    })

    it("the relocation step's compensation moves the reservations back where they were", async () => {
      const cartId = await cartForParis()
      const { result: order } = await completeCartWorkflow(container).run({ input: { id: cartId } })
      // An order whose reservations aren't at its shipping option's location (as Medusa alone would leave them).
      const inventory = container.resolve(Modules.INVENTORY)
      const reservations = await inventory.listReservationItems({})
      await inventory.updateReservationItems(reservations.map((r) => ({ id: r.id, location_id: shop.lyon })))

      const failing = pinOrderReservationsWorkflow(container)
      failing.appendAction("fail", "relocate-order-reservations", boom)
      const { errors } = await failing.run({ input: { order_id: order.id }, throwOnError: false })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await reservationsOf(container, shop.sweater.itemId)).toEqual([[shop.lyon, 1]])
      expect(await reservationsOf(container, shop.scarf.itemId)).toEqual([[shop.lyon, 1]])
      expect(await levelOf(container, shop.sweater.itemId, shop.lyon)).toEqual({ stocked: 10, reserved: 1 })
      expect(await levelOf(container, shop.sweater.itemId, shop.paris)).toEqual({ stocked: 1, reserved: 0 })

      const { result: moves } = await pinOrderReservationsWorkflow(container).run({ input: { order_id: order.id } })
      expect(moves).toHaveLength(2)
      expect(await reservationsOf(container, shop.sweater.itemId)).toEqual([[shop.paris, 1]])
      expect(await levelOf(container, shop.sweater.itemId, shop.lyon)).toEqual({ stocked: 10, reserved: 0 })
      expect(await levelOf(container, shop.sweater.itemId, shop.paris)).toEqual({ stocked: 1, reserved: 1 })
    })
  },
})
