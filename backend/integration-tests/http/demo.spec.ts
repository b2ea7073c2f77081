import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SALES_ATTRIBUTION_MODULE } from "@passerelle/medusa-plugin-sales-attribution/modules/sales-attribution"
import demoLogins from "../../src/scripts/demo/demo-logins.json"
import {
  DEMO_CONTACT_CENTRE,
  DEMO_HISTORY,
  DEMO_STORES,
  DEMO_WAREHOUSE,
  LOCAL_STORE_OFFER,
  POS_CHANNEL,
  STOCK_EXAMPLES,
  STORE_EXCLUSIVE_HANDLES,
  WAREHOUSE_ONLY_HANDLES,
  WEB_EXCLUSIVE_HANDLES,
  WEB_STORE_CHANNEL,
  WELCOME_PROMOTION,
  locationName,
} from "../../src/scripts/demo/constants"
import { isValidEan13 } from "../../src/scripts/demo/ean13"
import { DEMO_HISTORY_ENTRIES, orderInstant, zonedInstant } from "../../src/scripts/demo/history-plan"
import { DEMO_ASSOCIATE_PASSWORD, demoAssociates, demoESellers } from "../../src/scripts/demo/store-network"
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
      // The whole demo with its October history: a few minutes on a busy machine.
    }, 900 * 1000)

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
        const entities = ["product", "product_variant", "stock_location", "sales_channel", "api_key", "customer", "order", "cart", "return", "promotion", "price_list", "store_profile", "associate"]
        const attribution = getContainer().resolve(SALES_ATTRIBUTION_MODULE) as any
        const attributionCounts = async () =>
          Promise.all([
            attribution.listTouchpoints({}, { select: ["id"] }),
            attribution.listSharedCarts({}, { select: ["id"] }),
            attribution.listOrderAttributions({}, { select: ["id"] }),
            attribution.listAttributionRecords({}, { select: ["id"] }),
          ]).then((lists) => lists.map((list: unknown[]) => list.length))
        const before = await Promise.all(entities.map(count))
        const attributionBefore = await attributionCounts()
        await seedDemo(getContainer())
        expect(await Promise.all(entities.map(count))).toEqual(before)
        expect(await attributionCounts()).toEqual(attributionBefore)
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

      it("has a contact centre whose e-sellers log in acting for it, and which shoppers never see", async () => {
        const { data: [centre] } = await query().graph({
          entity: "store_profile",
          fields: ["offers_pickup", "stock_location.sales_channels.id"],
          filters: { code: DEMO_CONTACT_CENTRE.code },
        })
        expect(centre.offers_pickup).toBe(false)
        expect(centre.stock_location!.sales_channels ?? []).toEqual([])
        for (const eSeller of demoESellers()) {
          const { data: login } = await api.post("/auth/associate/emailpass", {
            email: eSeller.email,
            password: DEMO_ASSOCIATE_PASSWORD,
          })
          const { data } = await api.get("/pos/me", { headers: { authorization: `Bearer ${login.token}` } })
          expect(data.acting_store.code).toBe(DEMO_CONTACT_CENTRE.code)
          expect(data.associate.role).toBe("associate")
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

    describe("product search", () => {
      const search = async (key: string, body: Record<string, unknown>) =>
        (await api.post("/store/search", { entity: "products", ...body }, storeHeaders(key))).data.results[0]
      const handles = (result: any) => result.hits.map((hit: any) => hit.document.handle as string)

      it("indexes the whole catalog while the demo is seeded, from Medusa's events", async () => {
        const { data: products } = await query().graph({ entity: "product", fields: ["id"] })
        const result = await search(posKey, { pagination: { take: 0 } })
        const webResult = await search(webKey, { pagination: { take: 0 } })
        // Every product is in one channel or both: the two keys together see them all, each only its own.
        expect(result.metadata.count + webResult.metadata.count).toBeGreaterThanOrEqual(products.length)
        expect(result.metadata.count).toBeLessThan(products.length)
      })

      it("finds “robe lin”, first when typed right and among the first when mistyped, with prices and stores", async () => {
        const result = await search(webKey, {
          filters: { q: "robe lin" },
          fields: ["handle", "title", "price", "currency_code", "pickup_store_ids"],
          search_options: { typo_tolerance: true, facets: ["pickup_store_ids", "colours", "sizes"] },
        })
        expect(result.hits[0].document.title).toBe("Robe Camille en lin")
        const mistyped = await search(webKey, {
          filters: { q: "robe lni" },
          fields: ["title"],
          search_options: { typo_tolerance: true },
          pagination: { take: 5 },
        })
        expect(mistyped.hits.map((hit: any) => hit.document.title)).toContain("Robe Camille en lin")
        expect(result.hits[0].document).toEqual(expect.objectContaining({ currency_code: "eur", price: expect.any(Number) }))
        expect(result.facets.pickup_store_ids.values.length).toBeGreaterThan(0)
        expect(result.facets.sizes.values.map((v: any) => v.value)).toEqual(expect.arrayContaining(["S", "M"]))
      })

      it("keeps each channel's exclusives to it, and the warehouse-only product out of every store", async () => {
        const web = handles(await search(webKey, { fields: ["handle"], pagination: { take: 100 } }))
        const pos = handles(await search(posKey, { fields: ["handle"], pagination: { take: 100 } }))
        for (const handle of STORE_EXCLUSIVE_HANDLES) {
          expect([handle, web.includes(handle), pos.includes(handle)]).toEqual([handle, false, true])
        }
        for (const handle of WEB_EXCLUSIVE_HANDLES) {
          expect([handle, web.includes(handle), pos.includes(handle)]).toEqual([handle, true, false])
        }
        const [warehouseOnly] = (
          await search(webKey, { filters: { handle: WAREHOUSE_ONLY_HANDLES[0] }, fields: ["pickup_store_ids", "stock_store_ids", "warehouse_in_stock"] })
        ).hits
        expect(warehouseOnly.document).toEqual({ pickup_store_ids: [], stock_store_ids: [], warehouse_in_stock: true })
      })

      it("answers a barcode scanned on the tablet with the variant and where it is", async () => {
        const associate = demoAssociates().find((a) => a.store === "PAR-02" && a.role === "associate")!
        const { data: login } = await api.post("/auth/associate/emailpass", { email: associate.email, password: DEMO_ASSOCIATE_PASSWORD })
        const tablet = { headers: { authorization: `Bearer ${login.token}`, "x-passerelle-store": "PAR-02" } }
        const sku = STOCK_EXAMPLES.soldOutAtPar01InStockAtPar02.sku
        const { data: stock } = await api.get(`/pos/stock?sku=${sku}`, tablet)
        const { data } = await api.post("/pos/search", { q: stock.variant.barcode }, tablet)
        expect(data.exact).toEqual(expect.objectContaining({ match: "barcode", here: expect.objectContaining({ available: 3 }) }))
        expect(data.exact.nearby.find((n: any) => n.store.code === "PAR-01")).toEqual(expect.objectContaining({ available: 0 }))
        expect(data.hits[0].id).toBe(data.exact.product_id)
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

    describe("sales attribution", () => {
      const timezone = DEMO_HISTORY.timezone
      const octoberStart = zonedInstant(2026, 10, 1, "00:00", timezone)
      const novemberStart = zonedInstant(2026, 11, 1, "00:00", timezone)
      const october = `from=${DEMO_HISTORY.from}&to=${DEMO_HISTORY.to}`
      const attribution = () => getContainer().resolve(SALES_ATTRIBUTION_MODULE) as any
      const cents = (amount: unknown) => Math.round(Number(amount) * 100)
      const inOctober = { $gte: octoberStart, $lt: novemberStart }

      /** Orders placed in October (Paris time): the history's, dated by the seed. */
      async function octoberOrders() {
        const { data } = await query().graph({
          entity: "order",
          fields: ["id", "created_at", "metadata", "total", "tax_total", "credit_line_total"],
          filters: { created_at: inOctober },
        })
        return data as any[]
      }

      async function associateIdsByEmail(): Promise<Record<string, string>> {
        const { data } = await query().graph({ entity: "associate", fields: ["id", "email"] })
        return Object.fromEntries(data.map((a: any) => [a.email, a.id]))
      }

      it("places every order of the history on its October date and credits it as the rules say", async () => {
        const orders = await octoberOrders()
        const planned = DEMO_HISTORY_ENTRIES.filter((entry) => orderInstant(entry))
        expect(orders.map((o) => o.metadata?.demo_history).sort()).toEqual(planned.map((e) => e.key).sort())
        const ids = await associateIdsByEmail()
        for (const entry of planned) {
          const order = orders.find((o) => o.metadata?.demo_history === entry.key)!
          expect(new Date(order.created_at).toISOString()).toBe(orderInstant(entry)!.toISOString())
          const [header] = await attribution().listOrderAttributions({ order_id: order.id })
          const sales = (await attribution().listAttributionRecords({ order_id: order.id, kind: "sale" })) as any[]
          const expected = entry.expected as { rule: string; associate?: string }
          expect([entry.key, header?.rule]).toEqual([entry.key, expected.rule])
          expect(sales.length).toBeGreaterThan(0)
          for (const record of sales) {
            expect(new Date(record.occurred_at).toISOString()).toBe(orderInstant(entry)!.toISOString())
            if (expected.associate) {
              expect(record).toEqual(expect.objectContaining({ beneficiary: "associate", associate_id: ids[expected.associate] }))
            } else {
              expect(record).toEqual(expect.objectContaining({ beneficiary: "house", associate_id: null }))
            }
          }
        }
      })

      it("has every kind of touchpoint in October, each crediting orders, and a shared cart never claimed", async () => {
        const touchpoints = (await attribution().listTouchpoints({ occurred_at: inOctober }, { relations: ["shared_cart"] })) as any[]
        expect([...new Set(touchpoints.map((t) => t.kind))].sort()).toEqual(["appointment", "assisted", "pos_sale", "shared_cart"])
        const records = (await attribution().listAttributionRecords({ occurred_at: inOctober, kind: "sale", superseded_at: null })) as any[]
        const crediting = new Set(records.map((r) => touchpoints.find((t) => t.id === r.touchpoint_id)?.kind).filter(Boolean))
        expect([...crediting].sort()).toEqual(["appointment", "assisted", "pos_sale", "shared_cart"])
        expect(records.filter((r) => r.rule === "pos_sale").length).toBeGreaterThanOrEqual(10)
        expect(records.filter((r) => r.beneficiary === "house").length).toBeGreaterThanOrEqual(5)
        const unclaimed = touchpoints.filter((t) => t.kind === "shared_cart" && !t.shared_cart?.claimed_at)
        expect(unclaimed).toHaveLength(1)
        // Assisted contacts are the contact centre's e-sellers'.
        const { data: [centre] } = await query().graph({ entity: "store_profile", fields: ["id"], filters: { code: DEMO_CONTACT_CENTRE.code } })
        expect(touchpoints.filter((t) => t.kind === "assisted").every((t) => t.store_id === centre.id)).toBe(true)
      })

      it("reports October with the orders' figures: gross = their totals net of tax, net = gross − returns", async () => {
        const admin = await merchandiserHeaders(api)
        const orders = await octoberOrders()
        // Medusa's order totals leave out what came back, so today they add up to the net; gross adds the returns back.
        const ordersNow = orders.reduce((sum, o) => sum + cents(o.total) + cents(o.credit_line_total ?? 0) - cents(o.tax_total), 0)
        const reversed = (await attribution().listAttributionReturns({ occurred_at: inOctober })) as any[]
        const returns = reversed.reduce((sum, r) => sum + cents(r.amount), 0)
        expect(reversed).toHaveLength(DEMO_HISTORY_ENTRIES.filter((e) => e.return).length)
        expect(returns).toBeGreaterThan(0)
        const gross = ordersNow + returns
        const headers = (await attribution().listOrderAttributions({ order_id: orders.map((o) => o.id) })) as any[]
        expect(headers.reduce((sum, h) => sum + cents(h.gross_amount), 0)).toBe(gross)
        // Each return takes back part of its order's credit; a till sale of one line returned whole (H09) nets to 0.
        for (const entry of DEMO_HISTORY_ENTRIES.filter((e) => e.return)) {
          const order = orders.find((o) => o.metadata?.demo_history === entry.key)!
          const records = (await attribution().listAttributionRecords({ order_id: order.id, superseded_at: null })) as any[]
          const sold = records.filter((r) => r.kind === "sale").reduce((sum, r) => sum + cents(r.amount), 0)
          const taken = -records.filter((r) => r.kind === "return").reduce((sum, r) => sum + cents(r.amount), 0)
          expect([entry.key, taken > 0, taken <= sold]).toEqual([entry.key, true, true])
          if (entry.key === "H09") {
            expect(taken).toBe(sold)
          }
        }

        for (const groupBy of ["associate", "store", "channel", "day", "day,store,channel"]) {
          const { data } = await api.get(`/admin/reports/attribution?${october}&group_by=${groupBy}`, admin)
          const totals = data.totals.eur
          expect([groupBy, cents(totals.gross), cents(totals.returns), cents(totals.net), totals.orders]).toEqual([
            groupBy,
            gross,
            returns,
            gross - returns,
            orders.length,
          ])
          const rows = data.rows as any[]
          expect(rows.reduce((sum, row) => sum + cents(row.gross), 0)).toBe(gross)
          expect(rows.reduce((sum, row) => sum + cents(row.net), 0)).toBe(gross - returns)
        }

        const { data: byAssociate } = await api.get(`/admin/reports/attribution?${october}&group_by=associate`, admin)
        const ids = await associateIdsByEmail()
        const credited = new Set((byAssociate.rows as any[]).map((row) => row.associate_id ?? row.beneficiary))
        expect(credited.has("house")).toBe(true)
        for (const eSeller of demoESellers()) {
          expect(credited.has(ids[eSeller.email])).toBe(true)
        }
        const { data: byDay } = await api.get(`/admin/reports/attribution?${october}&group_by=day`, admin)
        const days = (byDay.rows as any[]).map((row) => row.day).sort()
        // The order placed at 00:40 on 1 October, Paris time (30 September in UTC), is October's.
        expect(days[0]).toBe("2026-10-01")
        expect(days[days.length - 1]).toBe("2026-10-31")

        const { data: csv } = await api.get(`/admin/reports/attribution?${october}&group_by=associate`, {
          headers: { ...admin.headers, accept: "text/csv" },
        })
        const [header, ...lines] = String(csv).trim().split(/\r?\n/)
        const grossColumn = header.split(",").indexOf("gross")
        expect(lines).toHaveLength(byAssociate.rows.length)
        // Labels may hold quoted commas: the figures are the last four columns.
        const fromEnd = header.split(",").length - grossColumn
        expect(lines.reduce((sum, line) => sum + cents(line.split(",").at(-fromEnd)), 0)).toBe(gross)
      })

      it("shows an associate only their own figures on the tablet", async () => {
        const hugo = demoAssociates().find((a) => a.first_name === "Hugo")!
        const { data: login } = await api.post("/auth/associate/emailpass", { email: hugo.email, password: DEMO_ASSOCIATE_PASSWORD })
        const tablet = { headers: { authorization: `Bearer ${login.token}` } }
        const { data } = await api.get(`/pos/reports/attribution?${october}&group_by=associate`, tablet)
        const ids = await associateIdsByEmail()
        expect(data.rows.length).toBeGreaterThan(0)
        for (const row of data.rows) {
          expect(row.associate_id).toBe(ids[hugo.email])
        }
        const own = (await attribution().listAttributionRecords({
          associate_id: ids[hugo.email],
          occurred_at: inOctober,
          superseded_at: null,
        })) as any[]
        expect(cents(data.totals.eur.net)).toBe(own.reduce((sum, r) => sum + cents(r.amount), 0))
        expect(cents(data.totals.eur.gross)).toBeGreaterThan(0)
      })
    })
  },
})
