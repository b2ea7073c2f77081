import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createCustomersWorkflow,
  createLinksStepId,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addCustomerNoteWorkflow } from "@passerelle/medusa-plugin-pos/workflows/customer-add-note"
import { setCustomerPreferencesWorkflow } from "@passerelle/medusa-plugin-pos/workflows/customer-set-preferences"
import { setCustomerFavouriteStoreStepId } from "@passerelle/medusa-plugin-pos/workflows/steps/customer-set-favourite-store"
import { upsertCustomerPreferenceStepId } from "@passerelle/medusa-plugin-pos/workflows/steps/customer-upsert-preference"
import {
  adminHeaders,
  associateToken,
  bearer,
  createNetwork,
  failure,
  Network,
  PASSWORD,
} from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"

jest.setTimeout(180 * 1000)

const SWEATER = { sku: "C360-PULL", price: 80 }
const SCARF = { sku: "C360-SCARF", price: 35 }

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let lea: Headers // Paris associate
    let hugo: Headers // Lyon associate
    let associates: Record<string, string>
    let camille: string
    let martin: string

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.85, longitude: 2.36 },
        { code: "LYO-01", name: "Lyon Presqu'île", city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
      ])
      const admin = await adminHeaders(container, api)
      associates = {}
      for (const [first_name, email, store, code] of [
        ["Léa", "lea@example.com", "PAR-01", "E-1"],
        ["Hugo", "hugo@example.com", "LYO-01", "E-2"],
      ]) {
        const { data } = await api.post(
          "/admin/associates",
          {
            first_name,
            last_name: "Vendeur",
            email,
            employee_code: code,
            password: PASSWORD,
            home_store_id: network.stores[store].id,
          },
          admin
        )
        associates[first_name] = data.associate.id
      }
      lea = bearer(await associateToken(api, "lea@example.com"))
      hugo = bearer(await associateToken(api, "hugo@example.com"))

      const { result: customers } = await createCustomersWorkflow(container).run({
        input: {
          customersData: [
            {
              first_name: "Camille",
              last_name: "Durand",
              email: "camille.durand@example.com",
              phone: "06 12 34 56 78",
              addresses: [
                {
                  first_name: "Camille",
                  last_name: "Durand",
                  address_1: "12 rue des Archives",
                  city: "Paris",
                  postal_code: "75004",
                  country_code: "fr",
                  is_default_shipping: true,
                },
              ],
            },
            { first_name: "Camille", last_name: "Martin", email: "camille.martin@example.com", phone: "+33 7 00 00 00 01" },
            { first_name: "Jean", last_name: "Dupont", email: "jean.dupont@example.com", phone: "0698765432" },
          ],
        },
      })
      camille = customers.find((c) => c.last_name === "Durand")!.id
      martin = customers.find((c) => c.last_name === "Martin")!.id
    })

    /** A region in EUR paid with the system provider, and two products sold on the web and in stores. */
    const createCatalog = async (container: MedusaContainer) => {
      const {
        result: [region],
      } = await createRegionsWorkflow(container).run({
        input: {
          regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }],
        },
      })
      await createProductsWorkflow(container).run({
        input: {
          products: [
            { title: "Pull marin", ...SWEATER },
            { title: "Écharpe", ...SCARF },
          ].map((product) => ({
            title: product.title,
            status: "published" as const,
            sales_channels: [{ id: network.webChannelId }, { id: network.posChannelId }],
            options: [{ title: "Size", values: ["One"] }],
            variants: [
              {
                title: "One",
                sku: product.sku,
                manage_inventory: false,
                options: { Size: "One" },
                prices: [{ currency_code: "eur", amount: product.price }],
              },
            ],
          })),
        },
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku"],
        filters: { sku: [SWEATER.sku, SCARF.sku] },
      })
      const variantId = (sku: string) => variants.find((v: { sku: string }) => v.sku === sku)!.id
      return { regionId: region.id, sweater: variantId(SWEATER.sku), scarf: variantId(SCARF.sku) }
    }

    /**
     * An order placed the way checkout places it (cart, system payment, completeCartWorkflow); a sale in a store is
     * a POS-channel order linked to that store, as the POS checkout does.
     */
    const placeOrder = async (
      catalog: Awaited<ReturnType<typeof createCatalog>>,
      { channel, variants, store }: { channel: "web" | "pos"; variants: string[]; store?: string }
    ) => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { result: cart } = await createCartWorkflow(container).run({
        input: {
          region_id: catalog.regionId,
          sales_channel_id: channel === "web" ? network.webChannelId : network.posChannelId,
          currency_code: "eur",
          customer_id: camille,
          email: "camille.durand@example.com",
          items: variants.map((variant_id) => ({ variant_id, quantity: 1 })),
        },
      })
      await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      const {
        data: [withCollection],
      } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
      await createPaymentSessionsWorkflow(container).run({
        input: { payment_collection_id: withCollection.payment_collection!.id, provider_id: "pp_system_default" },
      })
      const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
      if (store) {
        await container.resolve(ContainerRegistrationKeys.LINK).create({
          [Modules.ORDER]: { order_id: result.id },
          storeProfile: { store_profile_id: network.stores[store].id },
        })
      }
      return result.id
    }

    /**
     * Camille's history, oldest first: a sweater bought in Paris, a scarf in Lyon, a web scarf she canceled, then
     * a web order of both.
     */
    const placeHistory = async () => {
      const catalog = await createCatalog(getContainer())
      const paris = await placeOrder(catalog, { channel: "pos", variants: [catalog.sweater], store: "PAR-01" })
      const lyon = await placeOrder(catalog, { channel: "pos", variants: [catalog.scarf], store: "LYO-01" })
      const canceled = await placeOrder(catalog, { channel: "web", variants: [catalog.scarf] })
      await cancelOrderWorkflow(getContainer()).run({ input: { order_id: canceled } })
      const web = await placeOrder(catalog, { channel: "web", variants: [catalog.sweater, catalog.scarf] })
      return { paris, lyon, canceled, web }
    }

    const customer360 = async (id: string, headers: Headers, params = "") =>
      (await api.get(`/pos/customers/${id}${params}`, headers)).data.customer
    const setPreferences = async (id: string, body: Record<string, unknown>, headers: Headers = lea) =>
      (await api.post(`/pos/customers/${id}/preferences`, body, headers)).data.customer
    const addNote = async (id: string, body: string, headers: Headers) =>
      (await api.post(`/pos/customers/${id}/notes`, { body }, headers)).data.note

    describe("searching customers", () => {
      const search = async (q: string, extra = "") =>
        (await api.get(`/pos/customers?q=${encodeURIComponent(q)}${extra}`, lea)).data
      const names = (data: { customers: { first_name: string; last_name: string }[] }) =>
        data.customers.map((c) => `${c.first_name} ${c.last_name}`)

      it("finds customers by name, full name, email and phone, showing only what picking one needs", async () => {
        expect(names(await search("durand"))).toEqual(["Camille Durand"])
        expect(names(await search("CAMILLE"))).toEqual(["Camille Durand", "Camille Martin"])
        expect(names(await search("camille dur"))).toEqual(["Camille Durand"])
        expect(names(await search("camille.martin@ex"))).toEqual(["Camille Martin"])
        // Stored as "06 12 34 56 78": separators don't matter, on either side.
        expect(names(await search("0612345678"))).toEqual(["Camille Durand"])
        expect(names(await search("12.34.56"))).toEqual(["Camille Durand"])
        expect(names(await search("+33 7 00 00"))).toEqual(["Camille Martin"])
        expect(names(await search("nobody"))).toEqual([])

        const { customers } = await search("durand")
        expect(customers).toEqual([
          {
            id: camille,
            first_name: "Camille",
            last_name: "Durand",
            email: "camille.durand@example.com",
            phone: "06 12 34 56 78",
            has_account: false,
          },
        ])
      })

      it("pages results", async () => {
        const first = await search("camille", "&limit=1")
        expect(first).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 0 }))
        expect(names(first)).toEqual(["Camille Durand"])
        expect(names(await search("camille", "&limit=1&offset=1"))).toEqual(["Camille Martin"])
      })

      it("needs something to search for, and an associate", async () => {
        const missing = await failure(api.get("/pos/customers", lea))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/q/)
        const tooShort = await failure(api.get("/pos/customers?q=a", lea))
        expect(tooShort.status).toBe(400)
        expect(tooShort.data.message).toMatch(/at least 2 characters/)
        const tooMany = await failure(api.get("/pos/customers?q=camille&limit=500", lea))
        expect(tooMany.status).toBe(400)
        // The caller never chooses the fields: that would be a way round consent.
        const fields = await failure(api.get("/pos/customers?q=camille&fields=*addresses", lea))
        expect(fields.status).toBe(400)

        const anonymous = await failure(api.get("/pos/customers?q=camille"))
        expect(anonymous.status).toBe(401)
      })
    })

    describe("the customer 360", () => {
      it("shows a consenting customer's orders from every channel, newest first, with channel, store and totals", async () => {
        await setPreferences(camille, { share_history_with_associates: true })
        const orders = await placeHistory()

        const customer = await customer360(camille, hugo)
        expect(customer.withheld).toEqual([])
        expect(customer.timeline.count).toBe(4)
        expect(customer.timeline.entries.map((e: { id: string }) => e.id)).toEqual([
          orders.web,
          orders.canceled,
          orders.lyon,
          orders.paris,
        ])
        const [web, canceled, lyon, paris] = customer.timeline.entries
        expect(web).toEqual(
          expect.objectContaining({
            type: "order",
            channel: { id: network.webChannelId, name: "Web" },
            store: null,
            status: "pending",
            payment_status: "authorized",
            fulfillment_status: "not_fulfilled",
            currency_code: "eur",
            total: 115,
            subtotal: 115,
            discount_total: 0,
            tax_total: 0,
            net_total: 115,
            item_count: 2,
          })
        )
        expect(canceled).toEqual(expect.objectContaining({ status: "canceled", total: 35 }))
        expect(lyon).toEqual(
          expect.objectContaining({
            channel: { id: network.posChannelId, name: "POS" },
            store: { id: network.stores["LYO-01"].id, code: "LYO-01", name: "Lyon Presqu'île" },
            total: 35,
          })
        )
        expect(paris).toEqual(
          expect.objectContaining({
            store: expect.objectContaining({ code: "PAR-01" }),
            total: 80,
            item_count: 1,
          })
        )
        expect(new Date(web.created_at).getTime()).toBeGreaterThan(new Date(paris.created_at).getTime())
      })

      it("sums lifetime value over every channel without canceled orders; the last visit is the latest store order", async () => {
        await setPreferences(camille, { share_history_with_associates: true })
        const orders = await placeHistory()

        const customer = await customer360(camille, lea)
        // 80 in Paris + 35 in Lyon + 115 on the web; the canceled 35 doesn't count.
        expect(customer.lifetime_value).toEqual([{ currency_code: "eur", amount: 230, order_count: 3 }])
        // The latest order is a web one: the last visit is the Lyon sale before it.
        expect(customer.last_visit).toEqual({
          at: customer.timeline.entries[2].created_at,
          order_id: orders.lyon,
          store: { id: network.stores["LYO-01"].id, code: "LYO-01", name: "Lyon Presqu'île" },
        })
      })

      it("pages the timeline", async () => {
        await setPreferences(camille, { share_history_with_associates: true })
        const orders = await placeHistory()
        const customer = await customer360(camille, lea, "?timeline_limit=2&timeline_offset=1")
        expect(customer.timeline).toEqual(
          expect.objectContaining({ count: 4, limit: 2, offset: 1 })
        )
        expect(customer.timeline.entries.map((e: { id: string }) => e.id)).toEqual([orders.canceled, orders.lyon])
        // Lifetime value and last visit cover every order, whatever the page.
        expect(customer.lifetime_value[0].order_count).toBe(3)
      })

      it("has an empty history, not a hidden one, for a consenting customer who never ordered", async () => {
        await setPreferences(martin, { share_history_with_associates: true })
        const customer = await customer360(martin, lea)
        expect(customer).toEqual(
          expect.objectContaining({
            withheld: [],
            addresses: [],
            timeline: { entries: [], count: 0, limit: 20, offset: 0 },
            lifetime_value: [],
            last_visit: null,
            notes: [],
          })
        )
      })

      it("keeps a note with its author and the store it was written in", async () => {
        await setPreferences(camille, { share_history_with_associates: true })
        const note = await addNote(camille, "  Prefers the slim fit; alteration ready Thursday  ", lea)
        expect(note).toEqual({
          id: expect.stringMatching(/^cnote_/),
          body: "Prefers the slim fit; alteration ready Thursday",
          created_at: expect.any(String),
          author: { id: associates["Léa"], first_name: "Léa", last_name: "Vendeur" },
          store: { id: network.stores["PAR-01"].id, code: "PAR-01", name: "Paris Marais" },
        })
        const later = await addNote(camille, "Came back for the scarf", hugo)

        const { notes } = await customer360(camille, lea)
        expect(notes).toEqual([
          expect.objectContaining({ id: later.id, author: expect.objectContaining({ first_name: "Hugo" }) }),
          note,
        ])
        expect(notes[0].store.code).toBe("LYO-01")
      })

      it("records sizes, favourite store and consents", async () => {
        const customer = await setPreferences(camille, {
          share_history_with_associates: true,
          marketing_consent: true,
          sizes: { top: "M", bottom: "38", shoes: "39" },
          favourite_store_id: network.stores["PAR-01"].id,
        })
        expect(customer.preferences).toEqual({
          sizes: { top: "M", bottom: "38", shoes: "39" },
          favourite_store: { id: network.stores["PAR-01"].id, code: "PAR-01", name: "Paris Marais" },
        })
        expect(customer.consent).toEqual({
          share_history_with_associates: true,
          share_history_consented_at: expect.any(String),
          marketing_consent: true,
          marketing_consented_at: expect.any(String),
        })

        // Only what is given changes; sizes are replaced as a set.
        const updated = await setPreferences(camille, { sizes: { top: "L" }, favourite_store_id: null }, hugo)
        expect(updated.preferences).toEqual({ sizes: { top: "L" }, favourite_store: null })
        expect(updated.consent).toEqual(customer.consent)

        const withdrawn = await setPreferences(camille, { share_history_with_associates: false, marketing_consent: false })
        expect(withdrawn.consent).toEqual({
          share_history_with_associates: false,
          share_history_consented_at: null,
          marketing_consent: false,
          marketing_consented_at: null,
        })
      })
    })

    describe("consent and erasure", () => {
      it("withholds history, addresses, preferences and other stores' notes until the customer agrees", async () => {
        await placeHistory()
        await setPreferences(camille, { sizes: { top: "M" }, favourite_store_id: network.stores["PAR-01"].id })
        const parisNote = await addNote(camille, "Asked about the navy sweater", lea)
        const lyonNote = await addNote(camille, "Gift for her brother", hugo)

        const restricted = await customer360(camille, hugo)
        expect(restricted).toEqual({
          id: camille,
          first_name: "Camille",
          last_name: "Durand",
          email: "camille.durand@example.com",
          phone: "06 12 34 56 78",
          company_name: null,
          has_account: false,
          created_at: expect.any(String),
          consent: {
            share_history_with_associates: false,
            share_history_consented_at: null,
            marketing_consent: false,
            marketing_consented_at: null,
          },
          withheld: ["addresses", "preferences", "timeline", "lifetime_value", "last_visit", "notes_from_other_stores"],
          addresses: null,
          preferences: null,
          timeline: null,
          lifetime_value: null,
          last_visit: null,
          // Lyon sees what Lyon wrote, not Paris's note.
          notes: [expect.objectContaining({ id: lyonNote.id })],
        })
        expect((await customer360(camille, lea)).notes.map((n: { id: string }) => n.id)).toEqual([parisNote.id])
        // Saving a preference doesn't reveal anything either.
        const afterSave = await setPreferences(camille, { sizes: { top: "S" } }, hugo)
        expect(afterSave.preferences).toBeNull()
        expect(afterSave.timeline).toBeNull()

        // The customer agrees, at the till in Lyon: everything shows.
        const shared = await setPreferences(camille, { share_history_with_associates: true }, hugo)
        expect(shared.withheld).toEqual([])
        expect(shared.addresses).toEqual([
          expect.objectContaining({ address_1: "12 rue des Archives", city: "Paris", is_default_shipping: true }),
        ])
        expect(shared.preferences.sizes).toEqual({ top: "S" })
        expect(shared.timeline.count).toBe(4)
        expect(shared.lifetime_value).toEqual([{ currency_code: "eur", amount: 230, order_count: 3 }])
        expect(shared.last_visit.store.code).toBe("LYO-01")
        expect(shared.notes.map((n: { id: string }) => n.id)).toEqual([lyonNote.id, parisNote.id])

        // And withdraws it: hidden again.
        await setPreferences(camille, { share_history_with_associates: false }, lea)
        const again = await customer360(camille, hugo)
        expect(again.timeline).toBeNull()
        expect(again.addresses).toBeNull()
        expect(again.notes.map((n: { id: string }) => n.id)).toEqual([lyonNote.id])
      })

      it("takes notes and preferences away with the customer's links, as an erasure removes them", async () => {
        await setPreferences(camille, { sizes: { top: "M" }, favourite_store_id: network.stores["PAR-01"].id })
        await addNote(camille, "Prefers the slim fit", lea)
        await addNote(martin, "Someone else's note", lea)
        await getContainer()
          .resolve(ContainerRegistrationKeys.LINK)
          .delete({ [Modules.CUSTOMER]: { customer_id: camille } })

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        expect((await query.graph({ entity: "customer_preference", fields: ["id"] })).data).toEqual([])
        const { data: notes } = await query.graph({ entity: "customer_note", fields: ["body"] })
        expect(notes).toEqual([expect.objectContaining({ body: "Someone else's note" })])
      })

      it("treats a customer who never answered as not consenting", async () => {
        const customer = await customer360(martin, lea)
        expect(customer.consent.share_history_with_associates).toBe(false)
        expect(customer.withheld).toContain("timeline")
        expect(customer.timeline).toBeNull()
        expect(customer.email).toBe("camille.martin@example.com")
      })
    })

    describe("errors", () => {
      it("answers 404 for an unknown customer or store", async () => {
        const get = await failure(api.get("/pos/customers/cus_nope", lea))
        expect(get.status).toBe(404)
        expect(get.data.message).toBe("Customer cus_nope was not found")
        const note = await failure(api.post("/pos/customers/cus_nope/notes", { body: "Hello" }, lea))
        expect(note.status).toBe(404)
        const preferences = await failure(
          api.post("/pos/customers/cus_nope/preferences", { marketing_consent: true }, lea)
        )
        expect(preferences.status).toBe(404)
        const store = await failure(
          api.post(`/pos/customers/${camille}/preferences`, { favourite_store_id: "stp_nope" }, lea)
        )
        expect(store.status).toBe(404)
        expect(store.data.message).toBe("Store stp_nope was not found")
      })

      it("answers 400 with a message for bad input", async () => {
        const cases: [string, Record<string, unknown>, RegExp][] = [
          ["notes", { body: "   " }, /can't be empty/],
          ["notes", {}, /body/],
          ["notes", { body: "Hi", author: "someone else" }, /author/],
          ["notes", { body: "x".repeat(2001) }, /at most 2000/],
          ["preferences", {}, /Nothing to change/],
          ["preferences", { sizes: { top: 40 } }, /sizes/],
          ["preferences", { sizes: { "Top Size": "M" } }, /lower-case/],
          ["preferences", { share_history_with_associates: "yes" }, /share_history_with_associates/],
          ["preferences", { loyalty_tier: "gold" }, /loyalty_tier/],
        ]
        for (const [route, body, message] of cases) {
          const response = await failure(api.post(`/pos/customers/${camille}/${route}`, body, lea))
          expect({ route, body, status: response.status }).toEqual({ route, body, status: 400 })
          expect(response.data.message).toMatch(message)
        }
        const page = await failure(api.get(`/pos/customers/${camille}?timeline_limit=0`, lea))
        expect(page.status).toBe(400)
      })
    })

    describe("undoing failed writes", () => {
      const fail = async () => {
        throw new Error("the tablet lost the network")
      }

      it("leaves neither note nor links behind when adding a note fails", async () => {
        const container = getContainer()
        const workflow = addCustomerNoteWorkflow(container)
        workflow.appendAction("fail-after-links", createLinksStepId, { invoke: fail })
        const { errors } = await workflow.run({
          input: {
            customer_id: camille,
            body: "Lost",
            associate_id: associates["Léa"],
            store_profile_id: network.stores["PAR-01"].id,
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("the tablet lost the network")

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        expect((await query.graph({ entity: "customer_note", fields: ["id"] })).data).toEqual([])
        // Loaded once the app is up: a link definition registers itself with the running app.
        for (const file of ["customer-note-customer", "customer-note-associate", "customer-note-store-profile"]) {
          const link = require(`@passerelle/medusa-plugin-pos/links/${file}`).default
          const { data } = await query.graph({ entity: link.entryPoint, fields: ["customer_note_id"] })
          expect({ file, data }).toEqual({ file, data: [] })
        }
      })

      it("restores the previous preferences and favourite store when saving fails", async () => {
        await setPreferences(camille, {
          sizes: { top: "M" },
          marketing_consent: true,
          favourite_store_id: network.stores["PAR-01"].id,
        })
        const before = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "customer_preference", fields: ["*", "store_profile.code"] })

        const workflow = setCustomerPreferencesWorkflow(getContainer())
        workflow.appendAction("fail-after-favourite-store", setCustomerFavouriteStoreStepId, { invoke: fail })
        const { errors } = await workflow.run({
          input: {
            customer_id: camille,
            sizes: { top: "L", shoes: "40" },
            marketing_consent: false,
            share_history_with_associates: true,
            favourite_store_id: network.stores["LYO-01"].id,
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("the tablet lost the network")

        const after = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "customer_preference", fields: ["*", "store_profile.code"] })
        expect(after.data).toHaveLength(1)
        expect(after.data[0]).toEqual(
          expect.objectContaining({
            sizes: { top: "M" },
            marketing_consent: true,
            marketing_consented_at: before.data[0].marketing_consented_at,
            share_history_with_associates: false,
            share_history_consented_at: null,
            store_profile: expect.objectContaining({ code: "PAR-01" }),
          })
        )
        // Nothing half-done is visible either: the customer still hasn't consented.
        expect((await customer360(camille, lea)).timeline).toBeNull()
      })

      it("removes the preference record and its link when a customer's first save fails", async () => {
        const container = getContainer()
        const workflow = setCustomerPreferencesWorkflow(container)
        workflow.appendAction("fail-after-upsert", upsertCustomerPreferenceStepId, { invoke: fail })
        const { errors } = await workflow.run({
          input: { customer_id: camille, sizes: { top: "M" }, share_history_with_associates: true },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("the tablet lost the network")

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        expect((await query.graph({ entity: "customer_preference", fields: ["id"] })).data).toEqual([])
        const link = require("@passerelle/medusa-plugin-pos/links/customer-preference-customer").default
        expect((await query.graph({ entity: link.entryPoint, fields: ["customer_id"] })).data).toEqual([])
        // And the lock is released: the next save goes through.
        await setPreferences(camille, { sizes: { top: "S" } })
      })
    })
  },
})
