import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStoreReturnWorkflow } from "@passerelle/medusa-plugin-store-returns/workflows"
import { eventually, failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import {
  cashSaleAtParis,
  collectAtParis,
  deliverFromWarehouse,
  openReturnWorld,
  placeWebOrder,
  returnTrail,
  ReturnWorld,
  stockedAt,
  Tablet,
  WELCOME_CODE,
} from "../helpers/return-world"

// @redis-tier: one Idempotency-Key sent five times at once is held by the locking module; events reach subscribers through the event bus

jest.setTimeout(240 * 1000)

/** Test-only: the payment provider "fails" at refund time, after the return was created and received. */
let refundFails = false
createStoreReturnWorkflow.hooks.beforeRefund(async () => {
  if (refundFails) {
    throw new Error("The payment provider is unreachable")
  }
})

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: ReturnWorld
    beforeEach(async () => {
      world = await openReturnWorld(getContainer(), api)
    })

    let keys = 0
    const withKey = (tablet: Tablet, key = `return-${Date.now()}-${++keys}`) => ({
      headers: { ...tablet.headers, "idempotency-key": key },
    })
    const lineOf = async (orderId: string, sku = "PM-M") => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["items.id", "items.variant_sku"], filters: { id: orderId } })
      return (order as any).items.find((i: any) => i.variant_sku === sku).id as string
    }
    const deliveredWebOrder = async (quantity = 1, daysAgo = 0, promo?: string) => {
      const orderId = await placeWebOrder(getContainer(), api, world, {
        items: [{ variant_id: world.variantIds.sweater, quantity }],
        optionId: world.warehouseDeliveryOptionId,
        promo,
      })
      await deliverFromWarehouse(getContainer(), world, orderId, daysAgo)
      return { orderId, lineId: await lineOf(orderId) }
    }
    const returnAt = (tablet: Tablet, body: Record<string, unknown>, key?: string) =>
      api.post("/pos/returns", body, withKey(tablet, key)).catch((error: any) => {
        throw Object.assign(new Error(`${error.message}: ${JSON.stringify(error.response?.data)}`), {
          response: { status: error.response?.status, data: error.response?.data },
        })
      })

    it("takes back a web order delivered from the warehouse at a store that never stocked it: a level appears there with +1, the warehouse is unchanged, the payment is refunded", async () => {
      const { orderId, lineId } = await deliveredWebOrder(2)
      const warehouseBefore = await stockedAt(getContainer(), world.itemIds.sweater, world.network.warehouseId)
      const lyonLocation = world.network.stores["LYO-01"].stock_location_id
      expect(await stockedAt(getContainer(), world.itemIds.sweater, lyonLocation)).toBeNull()
      const events: { name: string; data: any }[] = []
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of ["store-returns.return.completed", "store-returns.refund.issued"]) {
        eventBus.subscribe(name, async ({ data }: { data: any }) => {
          events.push({ name, data })
        })
      }

      const { status, data } = await returnAt(world.lyon, {
        order_id: orderId,
        lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }],
        refund_method: "original",
      })

      expect(status).toBe(201)
      expect(data.store_return).toEqual(
        expect.objectContaining({
          order_id: orderId,
          status: "completed",
          location_id: lyonLocation,
          refund_method: "original",
          refund_amount: 80,
          lines: [expect.objectContaining({ line_item_id: lineId, quantity: 1, condition: "resellable" })],
        })
      )
      expect(data.refund).toEqual({ method: "original", amount: 80, currency_code: "eur", cash_to_hand_back: null })
      expect(await stockedAt(getContainer(), world.itemIds.sweater, lyonLocation)).toBe(1)
      expect(await stockedAt(getContainer(), world.itemIds.sweater, world.network.warehouseId)).toBe(warehouseBefore)
      const trail = await returnTrail(getContainer(), orderId)
      expect(trail.returns).toEqual(["received"])
      expect(trail.refunds).toEqual([80])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [linked] } = await query.graph({
        entity: "store_return",
        fields: ["id", "return.id", "store_profile.code", "associate.email"],
        filters: { id: data.store_return.id },
      })
      expect(linked).toEqual(
        expect.objectContaining({
          return: expect.objectContaining({ id: data.store_return.return_id }),
          store_profile: expect.objectContaining({ code: "LYO-01" }),
          associate: expect.objectContaining({ email: "hugo@example.com" }),
        })
      )
      await eventually(() =>
        expect(events).toEqual(
          expect.arrayContaining([
            {
              name: "store-returns.return.completed",
              data: {
                id: data.store_return.id,
                return_id: data.store_return.return_id,
                order_id: orderId,
                store_id: world.network.stores["LYO-01"].id,
                associate_id: world.associateIds.lyon,
              },
            },
            {
              name: "store-returns.refund.issued",
              data: {
                id: data.store_return.id,
                return_id: data.store_return.return_id,
                order_id: orderId,
                method: "original",
                amount: 80,
                currency_code: "eur",
              },
            },
          ])
        )
      )
    })
    it("takes a damaged line back without restocking it, refunding the price paid for the units after the promotion", async () => {
      const { orderId, lineId } = await deliveredWebOrder(2, 0, WELCOME_CODE)
      const lyonLocation = world.network.stores["LYO-01"].stock_location_id
      const [reason] = await getContainer().resolve(Modules.ORDER).createReturnReasons([{ value: "damaged", label: "Damaged" }])

      const { status, data } = await returnAt(world.lyon, {
        order_id: orderId,
        lines: [{ line_item_id: lineId, quantity: 1, condition: "damaged", note: "torn seam", return_reason_id: reason.id }],
        refund_method: "original",
      })

      expect(status).toBe(201)
      // 2 × 80 € less 10 %: 144 € for the line, 72 € a unit.
      expect(data.refund).toEqual(expect.objectContaining({ method: "original", amount: 72 }))
      expect(data.store_return.lines).toEqual([
        expect.objectContaining({ condition: "damaged", note: "torn seam", return_reason_id: reason.id }),
      ])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [medusaReturn] } = await query.graph({
        entity: "return",
        fields: ["status", "items.quantity", "items.damaged_quantity", "items.reason_id"],
        filters: { id: data.store_return.return_id },
      })
      expect(medusaReturn).toEqual(
        expect.objectContaining({
          status: "received",
          items: [expect.objectContaining({ quantity: 1, damaged_quantity: 1, reason_id: reason.id })],
        })
      )
      expect(await stockedAt(getContainer(), world.itemIds.sweater, lyonLocation)).toBe(0)
      expect((await returnTrail(getContainer(), orderId)).refunds).toEqual([72])
    })

    it("refuses an over-return, naming the line, and writes nothing", async () => {
      const { orderId, lineId } = await deliveredWebOrder(1)
      await returnAt(world.lyon, { order_id: orderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }], refund_method: "original" })

      const refused = await failure(
        returnAt(world.lyon, { order_id: orderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }], refund_method: "original" })
      )

      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain(`line ${lineId} (Pull marin`)
      expect(refused.data.message).toContain("1 asked, 0 can come back")
      const trail = await returnTrail(getContainer(), orderId)
      expect(trail.returns).toEqual(["received"])
      expect(trail.refunds).toEqual([80])
      expect(trail.storeReturns).toHaveLength(1)
      expect(await stockedAt(getContainer(), world.itemIds.sweater, world.network.stores["LYO-01"].stock_location_id)).toBe(1)
    })

    it("refuses an out-of-window return with the explanation; an associate can't override, a manager can with a reason, and it is recorded", async () => {
      const { orderId, lineId } = await deliveredWebOrder(1, 45)
      const body = { order_id: orderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }], refund_method: "original" }

      const late = await failure(returnAt(world.lyon, body))
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("delivered 45 days ago; window is 30")

      const notManager = await failure(returnAt(world.lyon, { ...body, override: { reason: "Shopper was abroad" } }))
      expect(notManager.status).toBe(403)

      const { status, data } = await returnAt(world.lyonManager, { ...body, override: { reason: "Shopper was abroad" } })
      expect(status).toBe(201)
      expect(data.store_return).toEqual(
        expect.objectContaining({ override_reason: "Shopper was abroad", override_by: world.associateIds.lyonManager })
      )
      expect((await returnTrail(getContainer(), orderId)).refunds).toEqual([80])
    })

    it("makes exactly one return and one refund when the same Idempotency-Key is sent five times at once; another body under that key is refused", async () => {
      const { orderId, lineId } = await deliveredWebOrder(2)
      const body = { order_id: orderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }], refund_method: "original" }

      const responses = await Promise.all([1, 2, 3, 4, 5].map(() => returnAt(world.lyon, body, "double-tap")))

      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201])
      expect(new Set(responses.map((r) => r.data.store_return.id)).size).toBe(1)
      const trail = await returnTrail(getContainer(), orderId)
      expect(trail.returns).toEqual(["received"])
      expect(trail.refunds).toEqual([80])
      expect(trail.storeReturns).toHaveLength(1)

      const other = await failure(returnAt(world.lyon, { ...body, refund_method: "store_credit" }, "double-tap"))
      expect(other.status).toBe(422)
      expect(other.data.message).toContain("already used for a different return")
    })

    it("requires an Idempotency-Key", async () => {
      const { orderId, lineId } = await deliveredWebOrder(1)
      const refused = await failure(
        api.post("/pos/returns", { order_id: orderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }], refund_method: "original" }, world.lyon)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("idempotency-key")
    })

    it("lets an associate take items back only into a store they act for (403 otherwise)", async () => {
      const { orderId, lineId } = await deliveredWebOrder(1)
      const body = { order_id: orderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }], refund_method: "original" }

      const intoLyon = await failure(returnAt(world.bordeaux, { ...body, store_id: world.network.stores["LYO-01"].id }))
      expect(intoLyon.status).toBe(403)
      const lyonLocation = await failure(returnAt(world.bordeaux, { ...body, location_id: world.network.stores["LYO-01"].stock_location_id }))
      expect(lyonLocation.status).toBe(403)
      const actingForLyon = await failure(returnAt({ headers: { ...world.bordeaux.headers, "x-passerelle-store": "LYO-01" } }, body))
      expect(actingForLyon.status).toBe(403)
      expect((await returnTrail(getContainer(), orderId)).returns).toEqual([])
    })

    it("refunds a cash-paid POS sale in cash, showing the amount to hand back (not to a provider)", async () => {
      const orderId = await cashSaleAtParis(api, world)
      const lineId = await lineOf(orderId)
      const body = { order_id: orderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }] }

      const toProvider = await failure(returnAt(world.paris, { ...body, refund_method: "original" }))
      expect(toProvider.status).toBe(400)
      expect(toProvider.data.message).toContain("paid in cash")

      const parisBefore = await stockedAt(getContainer(), world.itemIds.sweater, world.network.stores["PAR-01"].stock_location_id)
      const { status, data } = await returnAt(world.paris, { ...body, refund_method: "cash" })
      expect(status).toBe(201)
      expect(data.refund).toEqual({ method: "cash", amount: 80, currency_code: "eur", cash_to_hand_back: 80 })
      expect(await stockedAt(getContainer(), world.itemIds.sweater, world.network.stores["PAR-01"].stock_location_id)).toBe(parisBefore! + 1)
      expect((await returnTrail(getContainer(), orderId)).refunds).toEqual([80])
    })

    it("takes back at Bordeaux a click & collect order collected at Paris", async () => {
      const orderId = await collectAtParis(getContainer(), api, world)
      const lineId = await lineOf(orderId)

      const { status, data } = await returnAt(world.bordeaux, {
        order_id: orderId,
        lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }],
        refund_method: "original",
      })

      expect(status).toBe(201)
      expect(data.store_return.location_id).toBe(world.network.stores["BDX-01"].stock_location_id)
      expect(await stockedAt(getContainer(), world.itemIds.sweater, world.network.stores["BDX-01"].stock_location_id)).toBe(1)
      expect((await returnTrail(getContainer(), orderId)).refunds).toEqual([80])
    })

    it("leaves no half return and no refund when the refund fails after the return was received, and the key can be used again", async () => {
      const { orderId, lineId } = await deliveredWebOrder(1)
      const body = { order_id: orderId, lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }], refund_method: "original" }
      const lyonLocation = world.network.stores["LYO-01"].stock_location_id

      refundFails = true
      try {
        const failed = await failure(returnAt(world.lyon, body, "flaky"))
        expect(failed.status).toBeGreaterThanOrEqual(400)
      } finally {
        refundFails = false
      }

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: ["items.detail.return_requested_quantity", "items.detail.return_received_quantity"],
        filters: { id: orderId },
      })
      expect((order as any).items[0].detail).toEqual(
        expect.objectContaining({ return_requested_quantity: 0, return_received_quantity: 0 })
      )
      const trail = await returnTrail(getContainer(), orderId)
      expect(trail.returns.filter((status: string) => status !== "canceled")).toEqual([])
      expect(trail.refunds).toEqual([])
      expect(trail.storeReturns).toEqual([])
      expect(await stockedAt(getContainer(), world.itemIds.sweater, lyonLocation)).toBeNull()

      const retried = await returnAt(world.lyon, body, "flaky")
      expect(retried.status).toBe(201)
      expect((await returnTrail(getContainer(), orderId)).refunds).toEqual([80])
    })

    it.each(["resellable", "damaged"] as const)(
      "undoes a %s return one step at a time, last step first, when the refund fails, leaving nothing behind",
      async (condition) => {
        const { orderId, lineId } = await deliveredWebOrder(1)
        const lyon = world.network.stores["LYO-01"]
        // Medusa's order-change undos must run in reverse and never overlap: read from the workflow's own events.
        // (An undo is counted when it starts: Medusa's own `update-returns` compensation inside the confirm
        // workflows reports a failure, "Order shipping … already exists", while the rest of the undo completes.)
        const done: string[] = []
        const undoOrder: string[] = []
        let undoing = 0
        let overlapped = false
        const undoEnded = () => {
          undoing--
        }
        refundFails = true
        try {
          const { errors } = await createStoreReturnWorkflow(getContainer()).run({
            input: {
              idempotency_key: `undo-${condition}-${Date.now()}`,
              request_hash: "test",
              order_id: orderId,
              store: { id: lyon.id, stock_location_id: lyon.stock_location_id },
              associate: { id: world.associateIds.lyon, role: "associate" },
              lines: [{ line_item_id: lineId, quantity: 1, condition }],
              refund_method: "original",
            },
            throwOnError: false,
            events: {
              onStepSuccess: ({ step }) => {
                if (!step.isCompensating()) {
                  done.push(step.definition.action!)
                }
              },
              onStepBegin: ({ step }) => {
                if (step.isCompensating()) {
                  overlapped ||= undoing > 0
                  undoing++
                  undoOrder.push(step.definition.action!)
                }
              },
              onCompensateStepSuccess: undoEnded,
              onCompensateStepFailure: undoEnded,
            },
          })
          expect(errors[0]?.error?.message).toContain("The payment provider is unreachable")
        } finally {
          refundFails = false
        }

        const medusaReturnSteps = (steps: string[]) => steps.filter((step) => step.endsWith("-as-step"))
        expect(medusaReturnSteps(done)).toEqual([
          "begin-return-order-as-step",
          "request-item-return-as-step",
          "confirm-return-request-as-step",
          "begin-receive-return-as-step",
          "receive-item-return-request-as-step",
          "dismiss-item-return-request-as-step",
          "confirm-return-receive-as-step",
        ])
        expect(medusaReturnSteps(undoOrder)).toEqual(medusaReturnSteps(done).reverse())
        expect(overlapped).toBe(false)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [order] } = await query.graph({
          entity: "order",
          fields: ["items.detail.return_requested_quantity", "items.detail.return_received_quantity", "items.detail.return_dismissed_quantity"],
          filters: { id: orderId },
        })
        expect((order as any).items[0].detail).toEqual(
          expect.objectContaining({ return_requested_quantity: 0, return_received_quantity: 0, return_dismissed_quantity: 0 })
        )
        const trail = await returnTrail(getContainer(), orderId)
        expect(trail.returns.filter((status: string) => status !== "canceled")).toEqual([])
        expect(trail.refunds).toEqual([])
        expect(trail.storeReturns).toEqual([])
        expect(await stockedAt(getContainer(), world.itemIds.sweater, lyon.stock_location_id)).toBeNull()
      }
    )

    it("refuses a non-returnable product, saying why", async () => {
      const orderId = await placeWebOrder(getContainer(), api, world, {
        items: [{ variant_id: world.variantIds.socks, quantity: 1 }],
        optionId: world.warehouseDeliveryOptionId,
      })
      await deliverFromWarehouse(getContainer(), world, orderId)
      const refused = await failure(
        returnAt(world.lyonManager, {
          order_id: orderId,
          lines: [{ line_item_id: await lineOf(orderId, "SOCKS"), quantity: 1, condition: "resellable" }],
          refund_method: "original",
          override: { reason: "please" },
        })
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("non-returnable product (tag non-returnable)")
    })
  },
})
