import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parkPosCartWorkflow, resumePosCartWorkflow } from "@passerelle/medusa-plugin-pos/workflows"
import { failure, Network } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, SCARF, SWEATER, WELCOME_CODE } from "../helpers/catalog"
import { openTwoStores, TwoStores } from "../helpers/two-stores"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    let paris: { headers: Record<string, string> }
    let parisSecondTablet: { headers: Record<string, string> }
    let lyon: { headers: Record<string, string> }
    const boom = {
      invoke: async () => {
        throw new Error("boom")
      },
    }

    beforeEach(async () => {
      let signIn: TwoStores["signIn"]
      ;({ network, catalog, paris, lyon, signIn } = await openTwoStores(getContainer(), api))
      parisSecondTablet = await signIn("nina@example.com", "E-3", "PAR-01")
    })

    const openSale = async (headers = paris) => (await api.post("/pos/carts", {}, headers)).data.cart
    const scan = async (cartId: string, body: Record<string, unknown>, headers = paris) =>
      (await api.post(`/pos/carts/${cartId}/line-items`, body, headers)).data
    const park = async (cartId: string, body: Record<string, unknown> = {}, headers = paris) =>
      (await api.post(`/pos/carts/${cartId}/park`, body, headers)).data
    const read = async (cartId: string, headers = paris) => (await api.get(`/pos/carts/${cartId}`, headers)).data

    /** A sale with two sweaters and a scarf, parked in Paris. */
    const parkedSale = async (note?: string) => {
      const cart = await openSale()
      await scan(cart.id, { sku: SWEATER.sku, quantity: 2 })
      await scan(cart.id, { sku: SCARF.sku })
      return park(cart.id, note ? { note } : {})
    }

    const inventoryItemOf = async (variantId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [variant] } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variantId },
      })
      return (variant as any).inventory_items[0].inventory_item_id as string
    }
    const parisLevel = async (variantId: string) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: await inventoryItemOf(variantId),
        location_id: network.stores["PAR-01"].stock_location_id,
      })
      return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    }
    const setParisStock = async (variantId: string, stocked_quantity: number) => {
      await updateInventoryLevelsWorkflow(getContainer()).run({
        input: {
          updates: [
            {
              inventory_item_id: await inventoryItemOf(variantId),
              location_id: network.stores["PAR-01"].stock_location_id,
              stocked_quantity,
            },
          ],
        },
      })
    }
    const setPrice = async (variantId: string, amount: number) => {
      await updateProductVariantsWorkflow(getContainer()).run({
        input: { selector: { id: variantId }, update: { prices: [{ currency_code: "eur", amount }] } },
      })
    }

    it("parks a sale with a note and a snapshot of its lines, and lists the store's parked sales newest first", async () => {
      const first = await openSale()
      await api.post(`/pos/carts/${first.id}/customer`, { email: "camille@example.com", first_name: "Camille" }, paris)
      await scan(first.id, { sku: SWEATER.sku, quantity: 2 })
      const parked = await park(first.id, { note: "Back after lunch, wants the navy in M" })
      expect(parked.pos_cart).toEqual(
        expect.objectContaining({ status: "parked", parked_note: "Back after lunch, wants the navy in M" })
      )
      expect(parked.pos_cart.parked_at).toBeTruthy()
      const line = parked.cart.items[0]
      expect(parked.pos_cart.parked_snapshot).toEqual([
        {
          line_id: line.id,
          variant_id: catalog.sweaterId,
          title: "Pull marin",
          sku: SWEATER.sku,
          quantity: 2,
          unit_price: SWEATER.price,
          available: 10,
        },
      ])

      const second = await openSale(parisSecondTablet)
      await scan(second.id, { sku: SCARF.sku }, parisSecondTablet)
      await park(second.id, {}, parisSecondTablet)
      await openSale() // an open sale is not listed

      const { data } = await api.get("/pos/carts", paris)
      expect(data.count).toBe(2)
      expect(data.carts.map((c: any) => c.cart_id)).toEqual([second.id, first.id])
      expect(data.carts[1]).toEqual(
        expect.objectContaining({
          status: "parked",
          note: "Back after lunch, wants the navy in M",
          opened_by: expect.objectContaining({ first_name: "lea" }),
          customer: expect.objectContaining({ email: "camille@example.com", first_name: "Camille" }),
          line_count: 1,
          total: parked.cart.total,
          currency_code: "eur",
        })
      )
      expect(data.carts[0]).toEqual(
        expect.objectContaining({ note: null, customer: null, opened_by: expect.objectContaining({ first_name: "nina" }) })
      )
      const explicit = await api.get("/pos/carts?status=parked&limit=1&offset=1", paris)
      expect(explicit.data.carts.map((c: any) => c.cart_id)).toEqual([first.id])
      const wrongStatus = await failure(api.get("/pos/carts?status=completed", paris))
      expect(wrongStatus.status).toBe(400)
    })

    it("keeps a store's parked sales from another store: not listed, 403 on read and resume", async () => {
      const { cart } = await parkedSale()
      expect((await api.get("/pos/carts", lyon)).data).toEqual(expect.objectContaining({ carts: [], count: 0 }))
      const resume = await failure(api.post(`/pos/carts/${cart.id}/resume`, {}, lyon))
      expect(resume.status).toBe(403)
      expect(resume.data.message).toBe(`Cart ${cart.id} belongs to store PAR-01, not LYO-01`)
      expect((await failure(api.get(`/pos/carts/${cart.id}`, lyon))).status).toBe(403)
      expect((await read(cart.id)).pos_cart.status).toBe("parked")
    })

    it("resumes on another associate's tablet of the same store, with nothing changed", async () => {
      const { cart } = await parkedSale("Customer trying the scarf on")
      // Resume takes no body: a field it doesn't know is refused, and the sale stays parked.
      const confused = await failure(api.post(`/pos/carts/${cart.id}/resume`, { note: "again" }, parisSecondTablet))
      expect(confused.status).toBe(400)
      expect((await read(cart.id)).pos_cart.status).toBe("parked")
      const { data } = await api.post(`/pos/carts/${cart.id}/resume`, {}, parisSecondTablet)
      expect(data.changes).toEqual([])
      expect(data.pos_cart).toEqual(
        expect.objectContaining({ status: "open", parked_snapshot: null, parked_note: "Customer trying the scarf on" })
      )
      expect(data.cart.items.map((i: any) => [i.variant_sku, i.quantity, i.unit_price]).sort()).toEqual([
        [SWEATER.sku, 2, SWEATER.price],
        [SCARF.sku, 1, SCARF.price],
      ].sort())
      expect(data.cart.total).toBe(cart.total)

      // Open again: the sale can be changed and parked again, and no longer lists.
      await scan(cart.id, { sku: SCARF.sku }, parisSecondTablet)
      expect((await api.get("/pos/carts", paris)).data.count).toBe(0)
    })

    it("holds no stock while parked", async () => {
      const before = await parisLevel(catalog.sweaterId)
      await parkedSale()
      expect(await parisLevel(catalog.sweaterId)).toEqual(before)
      expect(before).toEqual({ stocked: 10, reserved: 0 })
      const inventory = getContainer().resolve(Modules.INVENTORY)
      expect(await inventory.listReservationItems({})).toEqual([])
    })

    it("reports, on resume, a line sold out at the store since parking and one it can only partly serve", async () => {
      const cart = await openSale()
      await scan(cart.id, { sku: SWEATER.sku, quantity: 2 })
      await scan(cart.id, { sku: SCARF.sku, quantity: 3 })
      await park(cart.id)
      // Sold meanwhile at the store (or counted again): the sweater is gone, one scarf is left.
      await setParisStock(catalog.sweaterId, 0)
      await setParisStock(catalog.scarfId, 1)

      const { data } = await api.post(`/pos/carts/${cart.id}/resume`, {}, paris)
      const lineOf = (sku: string) => data.cart.items.find((i: any) => i.variant_sku === sku).id
      const bySku = (a: { sku: string }, b: { sku: string }) => a.sku.localeCompare(b.sku)
      expect([...data.changes].sort(bySku)).toEqual([
        {
          line_id: lineOf(SWEATER.sku),
          title: "Pull marin",
          sku: SWEATER.sku,
          kind: "sold_out",
          quantity: 2,
          available: 0,
          message: "Pull marin (PM-NAVY-M): 0 left at PAR-01 (was 10 when parked)",
        },
        {
          line_id: lineOf(SCARF.sku),
          title: "Écharpe",
          sku: SCARF.sku,
          kind: "short",
          quantity: 3,
          available: 1,
          message: "Écharpe (SC-RED): only 1 left at PAR-01, 3 in the sale (was 10 when parked)",
        },
      ].sort(bySku))
      // Nothing is taken off the sale: the associate decides.
      expect(data.cart.items.map((i: any) => [i.variant_sku, i.quantity]).sort()).toEqual([
        [SWEATER.sku, 2],
        [SCARF.sku, 3],
      ].sort())
      expect(data.pos_cart.status).toBe("open")
    })

    it("re-prices the sale on resume and reports the price that changed", async () => {
      const { cart } = await parkedSale()
      await setPrice(catalog.sweaterId, 64)
      const { data } = await api.post(`/pos/carts/${cart.id}/resume`, {}, paris)
      const sweaterLine = data.cart.items.find((i: any) => i.variant_sku === SWEATER.sku)
      expect(sweaterLine.unit_price).toBe(64)
      expect(data.changes).toEqual([
        {
          line_id: sweaterLine.id,
          title: "Pull marin",
          sku: SWEATER.sku,
          kind: "price_changed",
          quantity: 2,
          previous_unit_price: SWEATER.price,
          unit_price: 64,
          message: "Pull marin (PM-NAVY-M): price now €64.00, was €80.00",
        },
      ])
      expect(data.cart.total).toBeLessThan(cart.total)
    })

    it("refuses to change a parked sale until it is resumed", async () => {
      const { cart } = await parkedSale()
      const line = cart.items[0]
      const parkedMessage = `Cart ${cart.id} is parked: resume it first`
      const attempts = [
        () => api.post(`/pos/carts/${cart.id}/line-items`, { sku: SWEATER.sku }, paris),
        () => api.post(`/pos/carts/${cart.id}/line-items/${line.id}`, { quantity: 5 }, paris),
        () => api.delete(`/pos/carts/${cart.id}/line-items/${line.id}`, paris),
        () => api.post(`/pos/carts/${cart.id}/customer`, { email: "late@example.com" }, paris),
        () => api.post(`/pos/carts/${cart.id}/promotions`, { promo_codes: [WELCOME_CODE] }, paris),
        () => api.post(`/pos/carts/${cart.id}/park`, {}, paris),
      ]
      for (const attempt of attempts) {
        const refused = await failure(attempt())
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(parkedMessage)
      }
      const after = await read(cart.id)
      expect(after.cart.items.map((i: any) => [i.id, i.quantity]).sort()).toEqual(
        cart.items.map((i: any) => [i.id, i.quantity]).sort()
      )
      expect(after.cart.customer).toBeFalsy()
      expect(after.pos_cart.status).toBe("parked")

      expect((await api.post(`/pos/carts/${cart.id}/resume`, {}, paris)).data.pos_cart.status).toBe("open")
      const again = await failure(api.post(`/pos/carts/${cart.id}/resume`, {}, paris))
      expect(again.status).toBe(400)
      expect(again.data.message).toBe(`Cart ${cart.id} is open, not parked: nothing to resume`)
    })

    it("won't park an empty sale", async () => {
      const cart = await openSale()
      const refused = await failure(api.post(`/pos/carts/${cart.id}/park`, {}, paris))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(`Cart ${cart.id} has no lines: there is nothing to park`)
      expect((await read(cart.id)).pos_cart).toEqual(expect.objectContaining({ status: "open", parked_at: null }))
    })

    it("refuses a note over 500 characters or an unknown field with 400, writing nothing", async () => {
      const cart = await openSale()
      await scan(cart.id, { sku: SWEATER.sku })
      const long = await failure(api.post(`/pos/carts/${cart.id}/park`, { note: "x".repeat(501) }, paris))
      expect(long.status).toBe(400)
      expect(long.data.message).toBe("Invalid request: A parking note is at most 500 characters")
      const unknown = await failure(api.post(`/pos/carts/${cart.id}/park`, { until: "14:00" }, paris))
      expect(unknown.status).toBe(400)
      expect((await read(cart.id)).pos_cart).toEqual(
        expect.objectContaining({ status: "open", parked_at: null, parked_note: null, parked_snapshot: null })
      )
      expect((await api.get("/pos/carts", paris)).data.count).toBe(0)
    })

    it("undoes a failed parking: the sale is open as before, and can be parked afterwards", async () => {
      const cart = await openSale()
      await scan(cart.id, { sku: SWEATER.sku })
      const before = (await read(cart.id)).pos_cart
      const workflow = parkPosCartWorkflow(getContainer())
      workflow.appendAction("fail", "set-pos-cart-parking", boom)
      const { errors } = await workflow.run({
        input: {
          cart_id: cart.id,
          stock_location_id: network.stores["PAR-01"].stock_location_id,
          note: "never saved",
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("boom")
      expect((await read(cart.id)).pos_cart).toEqual(before)
      // The cart's lock was released with the rest.
      expect((await park(cart.id)).pos_cart.status).toBe("parked")
    })

    it("undoes a failed resume: the sale is parked as before, at its parked prices", async () => {
      const { cart } = await parkedSale("Back at five")
      const before = await read(cart.id)
      await setPrice(catalog.sweaterId, 64)
      const workflow = resumePosCartWorkflow(getContainer())
      workflow.appendAction("fail", "set-pos-cart-parking", boom)
      const { errors } = await workflow.run({
        input: {
          cart_id: cart.id,
          store: { code: "PAR-01", stock_location_id: network.stores["PAR-01"].stock_location_id },
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("boom")
      const after = await read(cart.id)
      expect(after.pos_cart).toEqual(before.pos_cart)
      expect(after.cart.items.map((i: any) => [i.id, i.unit_price]).sort()).toEqual(
        before.cart.items.map((i: any) => [i.id, i.unit_price]).sort()
      )
      // Resuming for real now reports the new price.
      const { data } = await api.post(`/pos/carts/${cart.id}/resume`, {}, paris)
      expect(data.changes.map((c: any) => c.kind)).toEqual(["price_changed"])
    })
  },
})
