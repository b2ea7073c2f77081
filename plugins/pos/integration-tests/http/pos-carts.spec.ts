import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPosCartWorkflow, setPosCartCustomerWorkflow } from "@passerelle/medusa-plugin-pos/workflows"
import { failure, Network } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, SCARF, STORE_OFFER_CODE, SWEATER, WELCOME_CODE } from "../helpers/catalog"
import { openTwoStores } from "../helpers/two-stores"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    let paris: { headers: Record<string, string> }
    let lyon: { headers: Record<string, string> }

    beforeEach(async () => {
      ;({ network, catalog, paris, lyon } = await openTwoStores(getContainer(), api))
    })

    const openSale = async (headers = paris) => (await api.post("/pos/carts", {}, headers)).data
    const scan = async (cartId: string, body: Record<string, unknown>, headers = paris) =>
      (await api.post(`/pos/carts/${cartId}/line-items`, body, headers)).data

    const webCartWith = async (variantId: string) => {
      const key = { headers: { "x-publishable-api-key": network.webKey } }
      const { data } = await api.post("/store/carts", { region_id: catalog.regionId }, key)
      return (await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, key))
        .data.cart
    }
    const codes = (cart: { promotions?: { code: string }[] }) => (cart.promotions ?? []).map((p) => p.code).sort()

    it("opens a sale in the store's POS channel, region and currency", async () => {
      const { cart, pos_cart } = await openSale()
      expect(cart).toEqual(
        expect.objectContaining({
          sales_channel_id: network.posChannelId,
          region_id: catalog.regionId,
          currency_code: "eur",
        })
      )
      expect(pos_cart).toEqual(expect.objectContaining({ status: "open", store_code: "PAR-01" }))
    })

    it("prices a variant the same on a POS cart and a web cart: one price book", async () => {
      const { cart } = await openSale()
      const pos = await scan(cart.id, { barcode: SWEATER.barcode })
      const web = await webCartWith(catalog.sweaterId)
      expect(pos.cart.items[0].unit_price).toBe(SWEATER.price)
      expect(web.items[0].unit_price).toBe(SWEATER.price)
    })

    it("applies the POS-only automatic offer in store and not online", async () => {
      const { cart } = await openSale()
      const pos = await scan(cart.id, { sku: SWEATER.sku })
      expect(codes(pos.cart)).toEqual([STORE_OFFER_CODE])
      expect(pos.cart.discount_total).toBeCloseTo(SWEATER.price * 0.15, 2)

      const web = await webCartWith(catalog.sweaterId)
      expect(codes(web)).toEqual([])
      expect(web.discount_total).toBe(0)
    })

    it("accepts the same promotion code in store and online, and removes it again", async () => {
      const { cart } = await openSale()
      await scan(cart.id, { variant_id: catalog.scarfId })
      const { data: pos } = await api.post(`/pos/carts/${cart.id}/promotions`, { promo_codes: [WELCOME_CODE] }, paris)
      expect(codes(pos.cart)).toEqual([WELCOME_CODE, STORE_OFFER_CODE].sort())

      const web = await webCartWith(catalog.scarfId)
      const key = { headers: { "x-publishable-api-key": network.webKey } }
      const { data } = await api.post(`/store/carts/${web.id}/promotions`, { promo_codes: [WELCOME_CODE] }, key)
      expect(codes(data.cart)).toEqual([WELCOME_CODE])

      const removed = await api.delete(`/pos/carts/${cart.id}/promotions`, {
        ...paris,
        data: { promo_codes: [WELCOME_CODE] },
      })
      expect(codes(removed.data.cart)).toEqual([STORE_OFFER_CODE])
    })

    it("adds by barcode, SKU or variant, changes quantities, and removes a line at 0", async () => {
      const { cart } = await openSale()
      await scan(cart.id, { barcode: SWEATER.barcode })
      const both = await scan(cart.id, { sku: SCARF.sku, quantity: 2 })
      expect(both.cart.items.map((i: any) => [i.variant_sku, i.quantity]).sort()).toEqual([
        [SWEATER.sku, 1],
        [SCARF.sku, 2],
      ])
      const scarfLine = both.cart.items.find((i: any) => i.variant_sku === SCARF.sku)
      const three = await api.post(`/pos/carts/${cart.id}/line-items/${scarfLine.id}`, { quantity: 3 }, paris)
      expect(three.data.cart.items.find((i: any) => i.id === scarfLine.id).quantity).toBe(3)
      const removed = await api.post(`/pos/carts/${cart.id}/line-items/${scarfLine.id}`, { quantity: 0 }, paris)
      expect(removed.data.cart.items.map((i: any) => i.variant_sku)).toEqual([SWEATER.sku])
    })

    it("answers an unknown barcode with 404 and a negative quantity with 400, changing nothing", async () => {
      const { cart } = await openSale()
      await scan(cart.id, { barcode: SWEATER.barcode })
      const unknown = await failure(api.post(`/pos/carts/${cart.id}/line-items`, { barcode: "2026999999999" }, paris))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("No product with barcode 2026999999999 in the catalog")

      const line = (await api.get(`/pos/carts/${cart.id}`, paris)).data.cart.items[0]
      const negative = await failure(api.post(`/pos/carts/${cart.id}/line-items/${line.id}`, { quantity: -1 }, paris))
      expect(negative.status).toBe(400)
      expect(negative.data.message).toMatch(/quantity/)
      const twoCodes = await failure(
        api.post(`/pos/carts/${cart.id}/line-items`, { sku: SWEATER.sku, barcode: SWEATER.barcode }, paris)
      )
      expect(twoCodes.status).toBe(400)

      const after = (await api.get(`/pos/carts/${cart.id}`, paris)).data.cart
      expect(after.items.map((i: any) => [i.variant_sku, i.quantity])).toEqual([[SWEATER.sku, 1]])
    })

    it("keeps a store's carts away from another store's associates (403)", async () => {
      const { cart } = await openSale(paris)
      const read = await failure(api.get(`/pos/carts/${cart.id}`, lyon))
      expect(read.status).toBe(403)
      expect(read.data.message).toBe(`Cart ${cart.id} belongs to store PAR-01, not LYO-01`)
      const write = await failure(api.post(`/pos/carts/${cart.id}/line-items`, { sku: SWEATER.sku }, lyon))
      expect(write.status).toBe(403)
      const web = await webCartWith(catalog.sweaterId)
      expect((await failure(api.get(`/pos/carts/${web.id}`, paris))).status).toBe(404)
    })

    it("attaches a customer found by phone, or creates one from an email", async () => {
      const { cart } = await openSale()
      const created = await api.post(
        `/pos/carts/${cart.id}/customer`,
        { email: "camille@example.com", phone: "+33600000001", first_name: "Camille" },
        paris
      )
      expect(created.data.cart.customer).toEqual(
        expect.objectContaining({ email: "camille@example.com", first_name: "Camille" })
      )
      const second = await openSale()
      const found = await api.post(`/pos/carts/${second.cart.id}/customer`, { phone: "+33600000001" }, paris)
      expect(found.data.cart.customer.id).toBe(created.data.cart.customer.id)
      expect(found.data.cart.email).toBe("camille@example.com")

      const nobody = await failure(api.post(`/pos/carts/${cart.id}/customer`, {}, paris))
      expect(nobody.status).toBe(400)
    })

    it("undoes a failed sale opening: no cart, no POS record", async () => {
      const container = getContainer()
      const workflow = createPosCartWorkflow(container)
      workflow.appendAction("fail", "create-remote-links", {
        invoke: async () => {
          throw new Error("tablet lost the network")
        },
      })
      const store = network.stores["PAR-01"]
      const { errors } = await workflow.run({
        input: {
          store: { id: store.id, stock_location_id: store.stock_location_id, sales_channel_id: network.posChannelId },
          associate_id: "asc_unused",
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("tablet lost the network")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      expect((await query.graph({ entity: "pos_cart", fields: ["id"] })).data).toEqual([])
      expect((await query.graph({ entity: "cart", fields: ["id"] })).data).toEqual([])
    })

    it("undoes a failed customer attachment: the customer created for it is gone", async () => {
      const container = getContainer()
      const { cart } = await openSale()
      const workflow = setPosCartCustomerWorkflow(container)
      workflow.appendAction("fail", "update-carts", {
        invoke: async () => {
          throw new Error("card reader froze")
        },
      })
      const { errors } = await workflow.run({
        input: { cart_id: cart.id, email: "new@example.com" },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("card reader froze")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: "new@example.com" } })
      expect(data).toEqual([])
      expect((await api.get(`/pos/carts/${cart.id}`, paris)).data.cart.customer).toBeFalsy()
    })
  },
})
