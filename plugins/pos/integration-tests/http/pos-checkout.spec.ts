import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  completePosSaleWorkflow,
  createStoreTakeAwayOptionWorkflow,
  setPosCartDeliveryWorkflow,
} from "@passerelle/medusa-plugin-pos/workflows"
import { failure, Network } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, SCARF, SWEATER } from "../helpers/catalog"
import { openTwoStores } from "../helpers/two-stores"

// @redis-tier: one Idempotency-Key sent five times at once is held by the locking module

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    let paris: { headers: Record<string, string> }
    let lyon: { headers: Record<string, string> }
    let associateId: string

    beforeEach(async () => {
      ;({ network, catalog, paris, lyon } = await openTwoStores(getContainer(), api))
      const me = await api.get("/pos/me", paris)
      associateId = (me.data as any).associate.id
    })

    let keys = 0
    const withKey = (headers: { headers: Record<string, string> }, key = `key-${Date.now()}-${++keys}`) => ({
      headers: { ...headers.headers, "idempotency-key": key },
    })
    const saleOf = async (lines: Record<string, unknown>[], headers = paris) => {
      const { cart } = (await api.post("/pos/carts", {}, headers)).data
      for (const line of lines) {
        await api.post(`/pos/carts/${cart.id}/line-items`, line, headers)
      }
      return (await api.get(`/pos/carts/${cart.id}`, headers)).data.cart
    }
    const pay = (cartId: string, payments: unknown[], headers = withKey(paris)) =>
      api.post(`/pos/carts/${cartId}/complete`, { payments }, headers).catch((error: any) => {
        // A plain error (jest can report it) that still carries the response for failure().
        throw Object.assign(new Error(`${error.message}: ${JSON.stringify(error.response?.data)}`), {
          response: { status: error.response?.status, data: error.response?.data },
        })
      })

    const levels = async (sku: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [variant] } = await query.graph({
        entity: "product_variant",
        fields: [
          "inventory_items.inventory.location_levels.location_id",
          "inventory_items.inventory.location_levels.stocked_quantity",
          "inventory_items.inventory.location_levels.reserved_quantity",
        ],
        filters: { sku },
      })
      const byLocation = Object.fromEntries(
        (variant as any).inventory_items[0].inventory.location_levels.map((l: any) => [
          l.location_id,
          { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) },
        ])
      )
      return {
        paris: byLocation[network.stores["PAR-01"].stock_location_id],
        lyon: byLocation[network.stores["LYO-01"].stock_location_id],
        warehouse: byLocation[network.warehouseId],
      }
    }
    const posOrders = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "status", "payment_collections.status", "fulfillments.delivered_at"],
        filters: { sales_channel_id: network.posChannelId },
      })
      return data.map((order: any) => ({
        id: order.id,
        status: order.status,
        paid: (order.payment_collections ?? []).map((c: any) => c.status),
        handed_over: (order.fulfillments ?? []).map((f: any) => !!f.delivered_at),
      }))
    }
    const checkoutClaims = async () =>
      (await (getContainer().resolve("pos") as any).listPosCheckouts({}, { relations: ["tenders"] })) as any[]
    const untouched = { stocked: 10, reserved: 0 }

    it("sells over the counter for cash: change given, paid, handed over, and only this store's stock goes down", async () => {
      const cart = await saleOf([{ barcode: SWEATER.barcode }])
      expect(cart.total).toBeCloseTo(68, 2) // 80 less the store's automatic 15 %

      const { status, data } = await pay(cart.id, [{ method: "cash", tendered: 100 }])

      expect(status).toBe(201)
      expect(data.receipt).toEqual(
        expect.objectContaining({
          store: expect.objectContaining({ code: "PAR-01" }),
          totals: expect.objectContaining({ total: 68, discounts: 12 }),
          payments: [{ method: "cash", amount: 68, tendered: 100, change_due: 32, card_reference: null }],
          change_due: 32,
          handover: { kind: "take_away" },
        })
      )
      expect(data.receipt.lines).toEqual([
        expect.objectContaining({ sku: SWEATER.sku, quantity: 1, unit_price: 80, total: 68, tax_rate: 20 }),
      ])
      expect(data.receipt.taxes).toEqual([{ code: "TVA", rate: 20, base: 56.67, tax: 11.33 }])

      const [order] = await posOrders()
      expect(order).toEqual(
        expect.objectContaining({ id: data.order_id, paid: ["completed"], handed_over: [true] })
      )
      expect(await levels(SWEATER.sku)).toEqual({
        paris: { stocked: 9, reserved: 0 },
        lyon: untouched,
        warehouse: untouched,
      })
      const pos = (await api.get(`/pos/carts/${cart.id}`, paris)).data.pos_cart
      expect(pos.status).toBe("completed")
    })

    it("takes a split payment: part on card, the rest in cash with change", async () => {
      const cart = await saleOf([{ sku: SWEATER.sku }, { sku: SCARF.sku }]) // (80 + 35) × 0.85 = 97.75
      const { data } = await pay(cart.id, [
        { method: "card", amount: 50, reference: "TPE-000123" },
        { method: "cash", tendered: 50 },
      ])
      expect(data.receipt.payments).toEqual([
        { method: "card", amount: 50, tendered: null, change_due: null, card_reference: "TPE-000123" },
        { method: "cash", amount: 47.75, tendered: 50, change_due: 2.25, card_reference: null },
      ])
      expect(data.receipt.totals.total).toBeCloseTo(97.75, 2)
    })

    it("offers the store's take-away option at the till only, never to web shoppers", async () => {
      const key = { headers: { "x-publishable-api-key": network.webKey } }
      const { data } = await api.post(
        "/store/carts",
        { region_id: catalog.regionId, shipping_address: { country_code: "fr", city: "Paris" } },
        key
      )
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: catalog.sweaterId, quantity: 1 }, key)
      const { data: listed } = await api.get(`/store/shipping-options?cart_id=${data.cart.id}`, key)
      const names = listed.shipping_options.map((option: { name: string }) => option.name)
      expect(names).toContain("Home delivery from the warehouse")
      expect(names.filter((name: string) => name.startsWith("Take away"))).toEqual([])
      const refused = await failure(
        api.post(`/store/carts/${data.cart.id}/shipping-methods`, { option_id: catalog.takeAwayOptionIds["PAR-01"] }, key)
      )
      expect(refused.status).toBe(400)
    })

    it("makes one order from the same Idempotency-Key sent five times at once", async () => {
      const cart = await saleOf([{ sku: SWEATER.sku }])
      const headers = withKey(paris, "tablet-3-sale-42")
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => pay(cart.id, [{ method: "card", reference: "TPE-9" }], headers))
      )
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201])
      expect(new Set(responses.map((r) => r.data.order_id)).size).toBe(1)
      expect(await posOrders()).toHaveLength(1)
      expect((await levels(SWEATER.sku)).paris).toEqual({ stocked: 9, reserved: 0 })

      const replay = await pay(cart.id, [{ method: "card", reference: "TPE-9" }], headers)
      expect(replay.headers["idempotent-replayed"]).toBe("true")
      expect(replay.data.order_id).toBe(responses[0].data.order_id)
    })

    it("refuses to pay a sale twice under a new key, or to reuse a key for another sale", async () => {
      const first = await saleOf([{ sku: SWEATER.sku }])
      const key = withKey(paris, "one-key")
      await pay(first.id, [{ method: "card", reference: "TPE-1" }], key)

      const again = await failure(pay(first.id, [{ method: "card", reference: "TPE-2" }]))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already paid/)

      const second = await saleOf([{ sku: SCARF.sku }])
      const reused = await failure(pay(second.id, [{ method: "card", reference: "TPE-3" }], key))
      expect(reused.status).toBe(400)
      expect(reused.data.message).toContain(`was already used to pay cart ${first.id}`)
      expect(await posOrders()).toHaveLength(1)
    })

    it.each([
      ["without an Idempotency-Key", "header", /Send an Idempotency-Key header/],
      ["for underpaid cash", "underpaid", /Cash tendered €50\.00 is short of the €68\.00 due in cash/],
      ["for an empty sale", "empty", /Nothing to sell/],
      ["for a negative tender", "negative", /Cash tendered must be more than 0|too small/],
    ])("refuses to take payment %s, and writes nothing", async (_label, kind, message) => {
      const cart = kind === "empty" ? await saleOf([]) : await saleOf([{ sku: SWEATER.sku }])
      const payments =
        kind === "underpaid" ? [{ method: "cash", tendered: 50 }]
        : kind === "negative" ? [{ method: "cash", tendered: -5 }]
        : [{ method: "cash", tendered: 100 }]
      const response = await failure(
        kind === "header" ? api.post(`/pos/carts/${cart.id}/complete`, { payments }, paris) : pay(cart.id, payments)
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)

      expect(await posOrders()).toHaveLength(0)
      expect(await checkoutClaims()).toHaveLength(0)
      expect(await levels(SWEATER.sku)).toEqual({ paris: untouched, lyon: untouched, warehouse: untouched })
      const after = (await api.get(`/pos/carts/${cart.id}`, paris)).data
      expect(after.pos_cart.status).toBe("open")
      expect(after.cart.total).toBe(cart.total)
    })

    it("keeps sales and receipts to their store", async () => {
      const cart = await saleOf([{ sku: SWEATER.sku }])
      const elsewhere = await failure(pay(cart.id, [{ method: "cash", tendered: 100 }], withKey(lyon)))
      expect(elsewhere.status).toBe(403)

      const { data } = await pay(cart.id, [{ method: "cash", tendered: 100 }])
      const receipt = await failure(api.get(`/pos/orders/${data.order_id}/receipt`, lyon))
      expect(receipt.status).toBe(403)
      const unknown = await failure(api.get(`/pos/orders/order_nope/receipt`, paris))
      expect(unknown.status).toBe(404)
    })

    it("prints the receipt as JSON for the tablet and as HTML for the printer", async () => {
      const cart = await saleOf([{ sku: SWEATER.sku }])
      const { data } = await pay(cart.id, [{ method: "cash", tendered: 100 }])

      const json = await api.get(`/pos/orders/${data.order_id}/receipt`, paris)
      expect(json.data.receipt).toEqual(data.receipt)

      const html = await api.get(`/pos/orders/${data.order_id}/receipt?format=html`, paris)
      expect(html.headers["content-type"]).toMatch(/text\/html/)
      expect(html.data).toContain(`Sale #${data.receipt.number}`)
      expect(html.data).toContain("Pull marin")
      expect(html.data).toMatch(/Change<\/td><td class="amount">32,00\s€/)
    })

    const HOME = {
      first_name: "Camille",
      last_name: "Martin",
      address_1: "12 rue des Lilas",
      postal_code: "75011",
      city: "Paris",
      country_code: "fr",
    }
    const emptyShelf = async (sku: string, locationId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [variant] } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { sku },
      })
      await getContainer()
        .resolve(Modules.INVENTORY)
        .updateInventoryLevels([
          { inventory_item_id: (variant as any).inventory_items[0].inventory_item_id, location_id: locationId, stocked_quantity: 0 },
        ])
    }

    it("sells what the store lacks for home delivery from the warehouse, reserved there (endless aisle)", async () => {
      await emptyShelf(SWEATER.sku, network.stores["PAR-01"].stock_location_id)
      const cart = await saleOf([{ sku: SWEATER.sku }])
      await api.post(`/pos/carts/${cart.id}/customer`, { email: "camille@example.com", first_name: "Camille" }, paris)

      const { data: chosen } = await api.post(
        `/pos/carts/${cart.id}/delivery`,
        { location_id: network.warehouseId, shipping_address: HOME },
        paris
      )
      expect(chosen.delivery).toEqual({
        shipping_option_id: catalog.warehouseDeliveryOptionId,
        location: { id: network.warehouseId, name: "Warehouse" },
      })
      expect(chosen.cart.shipping_total).toBe(5)
      expect(chosen.cart.total).toBeCloseTo(73, 2) // 68 for the sweater, 5 for delivery

      const { status, data } = await pay(chosen.cart.id, [{ method: "card", reference: "TPE-77" }])
      expect(status).toBe(201)
      expect(data.receipt.handover).toEqual({
        kind: "delivery",
        method: "Home delivery from the warehouse",
        address: { name: "Camille Martin", address_1: HOME.address_1, postal_code: "75011", city: "Paris", country_code: "fr" },
      })
      expect(await levels(SWEATER.sku)).toEqual({
        paris: { stocked: 0, reserved: 0 },
        lyon: untouched,
        warehouse: { stocked: 10, reserved: 1 },
      })
      const [order] = await posOrders()
      expect(order).toEqual(expect.objectContaining({ paid: ["completed"], handed_over: [] }))
    })

    it("asks for the customer before home delivery, and for a location that delivers", async () => {
      const cart = await saleOf([{ sku: SWEATER.sku }])
      const anonymous = await failure(
        api.post(`/pos/carts/${cart.id}/delivery`, { location_id: network.warehouseId, shipping_address: HOME }, paris)
      )
      expect(anonymous.status).toBe(400)
      expect(anonymous.data.message).toMatch(/Attach the customer/)

      await api.post(`/pos/carts/${cart.id}/customer`, { email: "camille@example.com" }, paris)
      const lyonStore = await failure(
        api.post(
          `/pos/carts/${cart.id}/delivery`,
          { location_id: network.stores["LYO-01"].stock_location_id, shipping_address: HOME },
          paris
        )
      )
      expect(lyonStore.status).toBe(400)
      expect(lyonStore.data.message).toBe("Lyon has no home-delivery option")
      const after = (await api.get(`/pos/carts/${cart.id}`, paris)).data.cart
      expect(after.shipping_methods).toEqual([])
    })

    it("undoes everything when a step after payment fails: no order, stock, claim or sale left changed", async () => {
      const container = getContainer()
      const cart = await saleOf([{ sku: SWEATER.sku }])
      const workflow = completePosSaleWorkflow(container)
      workflow.appendAction("fail", "set-pos-cart-status", {
        invoke: async () => {
          throw new Error("the till lost power")
        },
      })
      const { errors } = await workflow.run({
        input: {
          cart_id: cart.id,
          idempotency_key: "compensate-me",
          store: {
            id: network.stores["PAR-01"].id,
            code: "PAR-01",
            stock_location_id: network.stores["PAR-01"].stock_location_id,
          },
          associate_id: associateId,
          payments: [{ method: "cash", tendered: 100 }],
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("the till lost power")

      const live = (await posOrders()).filter((o: any) => o.status !== "canceled")
      expect(live).toHaveLength(0)
      expect(await checkoutClaims()).toHaveLength(0)
      expect(await levels(SWEATER.sku)).toEqual({ paris: untouched, lyon: untouched, warehouse: untouched })
      const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({})
      expect(reservations).toHaveLength(0)
      const after = (await api.get(`/pos/carts/${cart.id}`, paris)).data
      expect(after.pos_cart.status).toBe("open")
      expect(after.cart.shipping_methods).toEqual([])
      expect(after.cart.shipping_address?.address_1 ?? null).toBeNull()

      // The sale can then be paid for real.
      const { status } = await pay(cart.id, [{ method: "cash", tendered: 100 }])
      expect(status).toBe(201)
      expect((await levels(SWEATER.sku)).paris).toEqual({ stocked: 9, reserved: 0 })
    })

    const fail = (workflow: { appendAction: Function }, after: string) =>
      workflow.appendAction("fail", after, {
        invoke: async () => {
          throw new Error("boom")
        },
      })

    it("undoes a failed endless-aisle choice: no address, no delivery method", async () => {
      const cart = await saleOf([{ sku: SWEATER.sku }])
      await api.post(`/pos/carts/${cart.id}/customer`, { email: "camille@example.com" }, paris)
      const workflow = setPosCartDeliveryWorkflow(getContainer())
      fail(workflow, "add-shipping-method-to-cart")
      const { errors } = await workflow.run({
        input: { cart_id: cart.id, location_id: network.warehouseId, shipping_address: HOME },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("boom")
      const after = (await api.get(`/pos/carts/${cart.id}`, paris)).data.cart
      expect(after.shipping_methods).toEqual([])
      expect(after.shipping_address?.address_1 ?? null).toBeNull()
      expect(after.total).toBe(cart.total)
    })

    it("sets a store up for take-away once, and undoes a failed set-up entirely", async () => {
      const container = getContainer()
      const fulfillment = container.resolve(Modules.FULFILLMENT)
      const takeAwaySets = async () =>
        (await fulfillment.listFulfillmentSets({ type: "take-away" }, { relations: ["service_zones.shipping_options"] }))
          .filter((set) => set.name.startsWith("PAR-01"))
      const [existing] = await takeAwaySets()
      const store = {
        code: "PAR-01",
        stock_location_id: network.stores["PAR-01"].stock_location_id,
        sales_channel_id: network.posChannelId,
      }
      const again = await createStoreTakeAwayOptionWorkflow(container).run({
        input: { store, shipping_profile_id: catalog.shippingProfileId },
      })
      expect(again.result.shipping_option_id).toBe(catalog.takeAwayOptionIds["PAR-01"])
      expect(await takeAwaySets()).toHaveLength(1)

      await fulfillment.deleteFulfillmentSets([existing.id])
      const workflow = createStoreTakeAwayOptionWorkflow(container)
      fail(workflow, "create-shipping-options-workflow")
      const { errors } = await workflow.run({
        input: { store, shipping_profile_id: catalog.shippingProfileId },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("boom")
      expect(await takeAwaySets()).toHaveLength(0)
      expect(await fulfillment.listShippingOptions({ name: "Take away at PAR-01" })).toHaveLength(0)

      const { result } = await createStoreTakeAwayOptionWorkflow(container).run({
        input: { store, shipping_profile_id: catalog.shippingProfileId },
      })
      const [set] = await takeAwaySets()
      expect(set.service_zones[0].shipping_options.map((o) => o.id)).toEqual([result.shipping_option_id])
    })
  },
})
