import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import demoLogins from "../../src/scripts/demo/demo-logins.json"
import {
  DEMO_STORES,
  DEMO_WAREHOUSE,
  LOCAL_STORE_OFFER,
  POS_CHANNEL,
  STOCK_EXAMPLES,
  STORE_EXCLUSIVE_HANDLES,
  WEB_EXCLUSIVE_HANDLES,
  WEB_STORE_CHANNEL,
  WELCOME_PROMOTION,
  locationName,
} from "../../src/scripts/demo/constants"
import { isValidEan13 } from "../../src/scripts/demo/ean13"
import { DEMO_ASSOCIATE_PASSWORD, demoAssociates } from "../../src/scripts/demo/store-network"
import { merchandiserHeaders, publishableKey, seedDemo, storeHeaders } from "../helpers/demo"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let webKey: string
    let posKey: string

    beforeAll(async () => {
      const container = getContainer()
      await seedDemo(container)
      webKey = await publishableKey(container, WEB_STORE_CHANNEL.name)
      posKey = await publishableKey(container, POS_CHANNEL.name)
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function listHandles(key: string): Promise<string[]> {
      const { data } = await api.get("/store/products?limit=200&fields=handle", storeHeaders(key))
      return data.products.map((product: { handle: string }) => product.handle)
    }

    async function regionId(key: string): Promise<string> {
      const { data } = await api.get("/store/regions", storeHeaders(key))
      return data.regions[0].id
    }

    /** A variant of a product in the given category that the key's channel can sell now. */
    async function sellableVariantIn(key: string, categoryHandle: string): Promise<string> {
      const { data: categories } = await api.get(
        `/store/product-categories?handle=${categoryHandle}`,
        storeHeaders(key)
      )
      const region = await regionId(key)
      const { data } = await api.get(
        `/store/products?category_id[]=${categories.product_categories[0].id}&region_id=${region}` +
          "&fields=+variants.inventory_quantity&limit=50",
        storeHeaders(key)
      )
      for (const product of data.products) {
        const variant = product.variants.find((v: { inventory_quantity: number }) => v.inventory_quantity > 2)
        if (variant) {
          return variant.id
        }
      }
      throw new Error(`nothing in stock in ${categoryHandle}`)
    }

    async function cartWith(key: string, variantId: string) {
      const headers = storeHeaders(key)
      const { data } = await api.post(
        "/store/carts",
        { region_id: await regionId(key), email: "shopper@example.com" },
        headers
      )
      const { data: withItem } = await api.post(
        `/store/carts/${data.cart.id}/line-items`,
        { variant_id: variantId, quantity: 1 },
        headers
      )
      return withItem.cart
    }

    const promotionCodes = (cart: { promotions?: { code: string }[] }) =>
      (cart.promotions ?? []).map((promotion) => promotion.code)

    describe("the web publishable key", () => {
      it("lists the demo catalog of the web channel only", async () => {
        const handles = await listHandles(webKey)
        expect(handles.length).toBeGreaterThanOrEqual(38)
        expect(handles).toEqual(expect.arrayContaining([...WEB_EXCLUSIVE_HANDLES]))
        for (const handle of STORE_EXCLUSIVE_HANDLES) {
          expect(handles).not.toContain(handle)
        }
      })

      it("differs from the stores' key, which lists store exclusives and not web exclusives", async () => {
        const handles = await listHandles(posKey)
        expect(handles).toEqual(expect.arrayContaining([...STORE_EXCLUSIVE_HANDLES]))
        for (const handle of WEB_EXCLUSIVE_HANDLES) {
          expect(handles).not.toContain(handle)
        }
      })

      it("is refused when missing", async () => {
        const response = await api.get("/store/products").catch((error: { response: unknown }) => error.response) as any
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable/i)
      })
    })

    describe("admin login", () => {
      it("lets the demo merchandiser in with the README credentials", async () => {
        const { data } = await api.get("/admin/users/me", await merchandiserHeaders(api))
        expect(data.user.email).toBe(demoLogins.merchandiser.email)
      })

      it("refuses a wrong password", async () => {
        const response = await api
          .post("/auth/user/emailpass", { email: demoLogins.merchandiser.email, password: "wrong" })
          .catch((error: { response: unknown }) => error.response) as any
        expect(response.status).toBe(401)
      })
    })

    describe("the demo's invariants", () => {
      it("has a warehouse and at least six stores in three or more cities, with real addresses", async () => {
        const { data: locations } = await query().graph({
          entity: "stock_location",
          fields: ["name", "address.address_1", "address.city", "address.country_code"],
        })
        const names = locations.map((location: { name: string }) => location.name)
        expect(names).toEqual(
          expect.arrayContaining([locationName(DEMO_WAREHOUSE), ...DEMO_STORES.map(locationName)])
        )
        expect(DEMO_STORES.length).toBeGreaterThanOrEqual(6)
        const storeLocations = locations.filter((l) => l.name !== locationName(DEMO_WAREHOUSE))
        expect(new Set(storeLocations.map((l) => l.address?.city)).size).toBeGreaterThanOrEqual(3)
        for (const location of locations) {
          expect(location.address?.address_1).toBeTruthy()
        }
      })

      it("links both channels to the warehouse and every store (the POS channel sells from the warehouse as the endless aisle)", async () => {
        const { data: channels } = await query().graph({
          entity: "sales_channel",
          fields: ["name", "stock_locations.name"],
          filters: { name: [WEB_STORE_CHANNEL.name, POS_CHANNEL.name] },
        })
        const locationsOf = (name: string) =>
          channels
            .find((channel) => channel.name === name)!
            .stock_locations!.map((location: any) => location!.name)
            .sort()
        expect(locationsOf(WEB_STORE_CHANNEL.name)).toEqual(
          [locationName(DEMO_WAREHOUSE), ...DEMO_STORES.map(locationName)].sort()
        )
        expect(locationsOf(POS_CHANNEL.name)).toEqual(
          [locationName(DEMO_WAREHOUSE), ...DEMO_STORES.map(locationName)].sort()
        )
      })

      it("gives each channel its own publishable key", async () => {
        const { data: keys } = await query().graph({
          entity: "api_key",
          fields: ["title", "sales_channels.name"],
          filters: { type: "publishable" },
        })
        const channelsOf = (title: string) =>
          keys.find((key) => key.title === title)!.sales_channels!.map((channel: any) => channel!.name)
        expect(channelsOf(WEB_STORE_CHANNEL.name)).toEqual([WEB_STORE_CHANNEL.name])
        expect(channelsOf(POS_CHANNEL.name)).toEqual([POS_CHANNEL.name])
      })

      it("has at least 40 products whose variants carry a SKU, a valid EAN-13 and exactly one EUR price", async () => {
        const { data: variants } = await query().graph({
          entity: "product_variant",
          fields: ["sku", "barcode", "price_set.prices.currency_code", "price_set.prices.price_list_id", "price_set.prices.rules_count", "product.handle"],
        })
        expect(new Set(variants.map((v) => v.product!.handle)).size).toBeGreaterThanOrEqual(40)
        for (const variant of variants) {
          expect(variant.sku).toBeTruthy()
          expect(isValidEan13(variant.barcode!)).toBe(true)
          // One price book: a single base price, no channel- or region-specific price rules.
          const basePrices = variant.price_set!.prices!.filter((price: any) => !price!.price_list_id)
          expect(basePrices).toEqual([
            expect.objectContaining({ currency_code: "eur", rules_count: 0 }),
          ])
        }
        expect(new Set(variants.map((v) => v.barcode)).size).toBe(variants.length)
      })

      it("has at least 20 customers, some with orders placed through Medusa's workflows", async () => {
        const { data: customers } = await query().graph({ entity: "customer", fields: ["id", "orders.id"] })
        expect(customers.length).toBeGreaterThanOrEqual(20)
        expect(customers.filter((customer) => customer.orders?.length).length).toBeGreaterThanOrEqual(6)
      })

      it("applies the local store offer to a POS cart and not to a web cart", async () => {
        const categoryHandle = LOCAL_STORE_OFFER.categoryHandles[0]
        const posCart = await cartWith(posKey, await sellableVariantIn(posKey, categoryHandle))
        expect(promotionCodes(posCart)).toContain(LOCAL_STORE_OFFER.code)
        expect(posCart.discount_total).toBeGreaterThan(0)

        const webCart = await cartWith(webKey, await sellableVariantIn(webKey, categoryHandle))
        expect(promotionCodes(webCart)).not.toContain(LOCAL_STORE_OFFER.code)
        expect(webCart.discount_total).toBe(0)
      })

      it("accepts the welcome code on a web cart", async () => {
        const cart = await cartWith(webKey, await sellableVariantIn(webKey, LOCAL_STORE_OFFER.categoryHandles[0]))
        const { data } = await api.post(
          `/store/carts/${cart.id}/promotions`,
          { promo_codes: [WELCOME_PROMOTION.code] },
          storeHeaders(webKey)
        )
        expect(promotionCodes(data.cart)).toContain(WELCOME_PROMOTION.code)
        expect(data.cart.discount_total).toBeGreaterThan(0)
      })

      it("adds nothing when seeded a second time", async () => {
        const count = async (entity: string) =>
          (await query().graph({ entity, fields: ["id"] })).data.length
        const entities = ["product", "product_variant", "stock_location", "sales_channel", "api_key", "customer", "order", "promotion", "price_list", "store_profile", "associate"]
        const before = await Promise.all(entities.map(count))
        await seedDemo(getContainer())
        expect(await Promise.all(entities.map(count))).toEqual(before)
      })
    })

    describe("the store network", () => {
      it("gives every demo store a profile the web shop's store directory shows, nearest first", async () => {
        // From the Louvre: both Paris stores first, then Lille, Brussels, Lyon, Berlin.
        const { data } = await api.get("/store/stores?lat=48.8606&lng=2.3376", storeHeaders(webKey))
        expect(data.stores.map((store: { code: string }) => store.code)).toEqual([
          "PAR-02",
          "PAR-01",
          "LIL-01",
          "BRU-01",
          "LYO-01",
          "BER-01",
        ])
        const berlin = data.stores.find((store: { code: string }) => store.code === "BER-01")
        expect(berlin.timezone).toBe("Europe/Berlin")
        expect(berlin.opening_hours.sunday).toEqual([])
        expect(berlin.address.city).toBe("Berlin")
      })

      it("lets each store's manager log in on the tablet, acting for their store", async () => {
        const managers = demoAssociates().filter((associate) => associate.role === "manager")
        expect(managers.map((m) => m.store)).toEqual(DEMO_STORES.map((store) => store.code))
        for (const manager of managers) {
          const { data: login } = await api.post("/auth/associate/emailpass", {
            email: manager.email,
            password: DEMO_ASSOCIATE_PASSWORD,
          })
          const { data } = await api.get("/pos/me", { headers: { authorization: `Bearer ${login.token}` } })
          expect(data.acting_store.code).toBe(manager.store)
          expect(data.associate.role).toBe("manager")
        }
      })

      it("gives every store two to four associates, one of them its manager", async () => {
        const byStore = new Map<string, string[]>()
        for (const associate of demoAssociates()) {
          byStore.set(associate.store, [...(byStore.get(associate.store) ?? []), associate.role])
        }
        for (const store of DEMO_STORES) {
          const roles = byStore.get(store.code) ?? []
          expect(roles.length).toBeGreaterThanOrEqual(2)
          expect(roles.length).toBeLessThanOrEqual(4)
          expect(roles.filter((role) => role === "manager")).toHaveLength(1)
        }
      })
    })

    describe("a web checkout with home delivery", () => {
      it("ends in an order in the web channel with its reservation at the warehouse", async () => {
        const headers = storeHeaders(webKey)
        const { data: variants } = await query().graph({
          entity: "product_variant",
          fields: ["id"],
          filters: { sku: STOCK_EXAMPLES.warehouseOnly.sku },
        })
        const cart = await cartWith(webKey, variants[0].id)
        const address = {
          first_name: "Camille",
          last_name: "Durand",
          address_1: "8 Rue Oberkampf",
          city: "Paris",
          postal_code: "75011",
          country_code: "fr",
        }
        await api.post(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address }, headers)

        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
        const standard = options.shipping_options.find((option: { name: string }) => option.name === "Standard delivery")
        expect(standard).toBeDefined()
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id }, headers)

        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
        await api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          headers
        )
        const { data: completed } = await api.post(`/store/carts/${cart.id}/complete`, {}, headers)
        expect(completed.type).toBe("order")
        const order = completed.order

        const { data: [placed] } = await query().graph({
          entity: "order",
          fields: ["sales_channel.name", "items.id", "shipping_methods.name"],
          filters: { id: order.id },
        })
        expect(placed.sales_channel!.name).toBe(WEB_STORE_CHANNEL.name)
        expect(placed.shipping_methods!.map((method: any) => method!.name)).toEqual(["Standard delivery"])

        const inventory = getContainer().resolve(Modules.INVENTORY)
        const reservations = await inventory.listReservationItems({ line_item_id: placed.items!.map((item: any) => item!.id) })
        const { data: [warehouse] } = await query().graph({
          entity: "stock_location",
          fields: ["id"],
          filters: { name: locationName(DEMO_WAREHOUSE) },
        })
        expect(reservations).toEqual([expect.objectContaining({ location_id: warehouse.id, quantity: 1 })])
      })
    })

    describe("click & collect", () => {
      it("offers every demo store's free pickup option to a web cart, and the shopper can choose one", async () => {
        const headers = storeHeaders(webKey)
        const cart = await cartWith(webKey, await sellableVariantIn(webKey, LOCAL_STORE_OFFER.categoryHandles[0]))
        const { data } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
        const pickups = data.shipping_options.filter((option: any) => option.type?.code === "pickup")
        expect(pickups.map((option: any) => option.name).sort()).toEqual(
          DEMO_STORES.map((store) => `Pick up in store: ${store.name}`).sort()
        )
        expect(pickups.every((option: any) => option.amount === 0)).toBe(true)

        const lyon = pickups.find((option: any) => option.name === "Pick up in store: Lyon Presqu'île")
        const { data: chosen } = await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: lyon.id }, headers)
        expect(chosen.cart.shipping_methods).toEqual([expect.objectContaining({ shipping_option_id: lyon.id, amount: 0 })])
      })

      it("doesn't offer pickup on a POS cart: the till has its take-away option", async () => {
        const cart = await cartWith(posKey, await sellableVariantIn(posKey, LOCAL_STORE_OFFER.categoryHandles[0]))
        const { data } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, storeHeaders(posKey))
        const codes = data.shipping_options.map((option: any) => option.type?.code)
        expect(codes).not.toContain("pickup")
        expect(codes).toContain("take-away")
      })

      it("tells a web shopper each store's stock of a product, nearest first, and the warehouse's", async () => {
        const { data: variants } = await query().graph({
          entity: "product_variant",
          fields: ["id", "product_id"],
          filters: { sku: STOCK_EXAMPLES.soldOutAtPar01InStockAtPar02.sku },
        })
        const { data } = await api.get(
          `/store/products/${variants[0].product_id}/availability?lat=48.8606&lng=2.3376`,
          storeHeaders(webKey)
        )
        expect(data.stores.map((store: { code: string }) => store.code)).toEqual([
          "PAR-02",
          "PAR-01",
          "LIL-01",
          "BRU-01",
          "LYO-01",
          "BER-01",
        ])
        const variant = data.variants.find((v: { variant_id: string }) => v.variant_id === variants[0].id)
        const at = (code: string) => variant.stores.find((s: { code: string }) => s.code === code).available
        // Sold out at PAR-01; PAR-02's shelf less the safety buffer of 1.
        expect(at("PAR-01")).toBe(0)
        expect(at("PAR-02")).toBe(STOCK_EXAMPLES.soldOutAtPar01InStockAtPar02["PAR-02"] - 1)
        expect(variant.warehouse.available).toEqual(expect.any(Number))
      })
      it("takes a pickup order from the web checkout to the hand-over at the store's counter", async () => {
        const headers = storeHeaders(webKey)
        // A product whose shelf in some store can spare a unit, away from the SKUs other demo tests count. A
        // pickup option serves its store's country (its service zone), so the store must be one the cart is offered.
        const address = { first_name: "Camille", last_name: "Durand", address_1: "8 Rue Oberkampf", city: "Paris", postal_code: "75011", country_code: "fr" }
        const examples = new Set<string>(Object.values(STOCK_EXAMPLES).map((example) => example.sku))
        const { data: listed } = await api.get("/store/products?limit=20&fields=id,variants.id,variants.sku", headers)
        let choice: { cartId: string; optionId: string; store: (typeof DEMO_STORES)[number] } | undefined
        for (const product of listed.products) {
          const { data: availability } = await api.get(`/store/products/${product.id}/availability`, headers)
          for (const variant of availability.variants) {
            const sku = product.variants.find((v: { id: string }) => v.id === variant.variant_id)?.sku
            const stocked = variant.stores.filter((s: { available: number }) => s.available >= 1)
            if (!sku || examples.has(sku) || !stocked.length) {
              continue
            }
            const cart = await cartWith(webKey, variant.variant_id)
            await api.post(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address }, headers)
            const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
            for (const candidate of stocked) {
              const store = DEMO_STORES.find((s) => s.code === candidate.code)!
              const option = options.shipping_options.find((o: { name: string }) => o.name === `Pick up in store: ${store.name}`)
              if (option) {
                choice = { cartId: cart.id, optionId: option.id, store }
                break
              }
            }
            break
          }
          if (choice) {
            break
          }
        }
        expect(choice).toBeDefined()
        const { cartId, optionId, store } = choice!

        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, headers)
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
        await api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          headers
        )
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        expect(completed.type).toBe("order")

        const manager = demoAssociates().find((a) => a.store === store.code && a.role === "manager")!
        const { data: login } = await api.post("/auth/associate/emailpass", {
          email: manager.email,
          password: DEMO_ASSOCIATE_PASSWORD,
        })
        const tablet = { headers: { authorization: `Bearer ${login.token}`, "x-passerelle-store": store.code } }
        // order.placed is handled after the checkout answered: the pickup joins the queue a moment later.
        let queued: any
        for (let waited = 0; !queued && waited < 10_000; waited += 200) {
          const { data: queue } = await api.get("/pos/pickups", tablet)
          queued = queue.pickups.find((p: any) => p.order.id === completed.order.id)
          if (!queued) {
            await new Promise((resolve) => setTimeout(resolve, 200))
          }
        }
        expect(queued).toEqual(expect.objectContaining({ status: "placed" }))

        await api.post(`/pos/pickups/${queued.id}/preparing`, {}, tablet)
        const { data: ready } = await api.post(`/pos/pickups/${queued.id}/ready`, {}, tablet)
        expect(ready.pickup.status).toBe("ready")
        const notifications = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ template: "click-collect.pickup-ready" })
        const sent = notifications.find((n: any) => n.resource_id === completed.order.id)!
        expect(sent.to).toBe("shopper@example.com")

        const { data: collected } = await api.post(`/pos/pickups/${queued.id}/collect`, { code: sent.data!.code }, tablet)
        expect(collected.pickup).toEqual(expect.objectContaining({ status: "collected", collected_at: expect.any(String) }))
        const { data: [order] } = await query().graph({
          entity: "order",
          fields: ["fulfillments.location_id", "fulfillments.delivered_at"],
          filters: { id: completed.order.id },
        })
        const { data: [location] } = await query().graph({
          entity: "stock_location",
          fields: ["id"],
          filters: { name: locationName(store) },
        })
        expect(order.fulfillments).toEqual([
          expect.objectContaining({ location_id: location.id, delivered_at: expect.anything() }),
        ])
      })
    })

    describe("a whole store sale on the tablet", () => {
      it("runs from scan to printed receipt, and only the store's shelf goes down", async () => {
        const associate = demoAssociates().find((a) => a.store === "PAR-02" && a.role === "associate")!
        const { data: login } = await api.post("/auth/associate/emailpass", {
          email: associate.email,
          password: DEMO_ASSOCIATE_PASSWORD,
        })
        const tablet = { headers: { authorization: `Bearer ${login.token}`, "x-passerelle-store": "PAR-02" } }
        const sku = STOCK_EXAMPLES.soldOutAtPar01InStockAtPar02.sku

        const { data: before } = await api.get(`/pos/stock?sku=${sku}`, tablet)
        expect(before.here.available).toBe(3)
        const { data: sale } = await api.post("/pos/carts", {}, tablet)
        const { data: scanned } = await api.post(
          `/pos/carts/${sale.cart.id}/line-items`,
          { barcode: before.variant.barcode },
          tablet
        )
        expect(promotionCodes(scanned.cart)).toEqual([LOCAL_STORE_OFFER.code])
        const total = scanned.cart.total
        const tendered = Math.ceil(total / 10) * 10 + 10

        const { status, data: paid } = await api.post(
          `/pos/carts/${sale.cart.id}/complete`,
          { payments: [{ method: "cash", tendered }] },
          { headers: { ...tablet.headers, "idempotency-key": `demo-sale-${sale.cart.id}` } }
        )
        expect(status).toBe(201)
        expect(paid.receipt.store.code).toBe("PAR-02")
        expect(paid.receipt.served_by).toBe(`${associate.first_name} ${associate.last_name}`)
        expect(paid.receipt.change_due).toBeCloseTo(tendered - total, 2)

        const { data: html } = await api.get(`/pos/orders/${paid.order_id}/receipt?format=html`, tablet)
        expect(html).toContain(`Sale #${paid.receipt.number}`)

        const { data: after } = await api.get(`/pos/stock?sku=${sku}`, tablet)
        expect(after.here).toEqual(expect.objectContaining({ stocked: 2, reserved: 0, available: 2 }))
        expect(after.nearby).toEqual(before.nearby)
        expect(after.warehouses).toEqual(before.warehouses)
      })
    })

    describe("return anywhere", () => {
      it("takes a web order delivered from the warehouse back at a store that never stocked it, onto that store's shelf", async () => {
        const headers = storeHeaders(webKey)
        const admin = await merchandiserHeaders(api)
        const sku = STOCK_EXAMPLES.warehouseOnly.sku
        const { data: [variant] } = await query().graph({ entity: "product_variant", fields: ["id"], filters: { sku } })
        // The shopper orders online, home delivery from the warehouse.
        const address = { first_name: "Inès", last_name: "Moreau", address_1: "3 Quai Saint-Vincent", city: "Lyon", postal_code: "69001", country_code: "fr" }
        const cart = await cartWith(webKey, variant.id)
        await api.post(`/store/carts/${cart.id}`, { email: "ines.return@example.com", shipping_address: address, billing_address: address }, headers)
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
        const standard = options.shipping_options.find((option: { name: string }) => option.name === "Standard delivery")
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id }, headers)
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
        const { data: completed } = await api.post(`/store/carts/${cart.id}/complete`, {}, headers)
        const order = completed.order

        // The back office captures, ships from the warehouse and records the delivery (Medusa's admin routes).
        const { data: [warehouse] } = await query().graph({ entity: "stock_location", fields: ["id"], filters: { name: locationName(DEMO_WAREHOUSE) } })
        const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id,items.id`, admin)
        await api.post(`/admin/payments/${placed.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
        const { data: shipped } = await api.post(
          `/admin/orders/${order.id}/fulfillments?fields=id,fulfillments.id`,
          { location_id: warehouse.id, items: [{ id: placed.order.items[0].id, quantity: 1 }] },
          admin
        )
        const fulfillmentId = shipped.order.fulfillments[0].id
        await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, admin)

        // A week later she walks into a store whose shelves never had that shirt.
        const store = DEMO_STORES.find((s) => s.code === "LYO-01")!
        const associate = demoAssociates().find((a) => a.store === store.code && a.role !== "manager")!
        const { data: login } = await api.post("/auth/associate/emailpass", { email: associate.email, password: DEMO_ASSOCIATE_PASSWORD })
        const tablet = { headers: { authorization: `Bearer ${login.token}` } }
        const { data: before } = await api.get(`/pos/stock?sku=${sku}`, tablet)
        expect(before.here).toEqual(expect.objectContaining({ stocked: 0 }))

        const { data: found } = await api.get(`/pos/orders/lookup?email=ines.return@example.com`, tablet)
        expect(found.orders).toHaveLength(1)
        const line = found.orders[0].lines[0]
        expect(line).toEqual(expect.objectContaining({ sku, bought: 1, delivered: 1, already_returned: 0, returnable_quantity: 1, status: "returnable" }))

        const { status, data: taken } = await api.post(
          "/pos/returns",
          { order_id: order.id, lines: [{ line_item_id: line.line_item_id, quantity: 1, condition: "resellable" }], refund_method: "original" },
          { headers: { ...tablet.headers, "idempotency-key": `demo-return-${order.id}` } }
        )
        expect(status).toBe(201)
        expect(taken.refund).toEqual(expect.objectContaining({ method: "original", amount: line.unit_price_paid }))

        const { data: after } = await api.get(`/pos/stock?sku=${sku}`, tablet)
        expect(after.here).toEqual(expect.objectContaining({ stocked: 1, reserved: 0, available: 1 }))
        expect(after.warehouses).toEqual(before.warehouses)
        const { data: record } = await api.get(`/admin/orders/${order.id}/store-returns`, admin)
        expect(record.store_returns[0]).toEqual(expect.objectContaining({ refund_method: "original" }))
        expect(record.store_returns[0].store).toEqual(expect.objectContaining({ code: store.code }))
      })
    })
  },
})
