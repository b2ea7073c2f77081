import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createSalesChannelsWorkflow,
  linkProductsToSalesChannelWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { createNetwork, failure, Network, publishableKey } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, createCatalog, setStock } from "../helpers/catalog"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    const key = () => ({ headers: { "x-publishable-api-key": network.webKey } })

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
        { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.7607, longitude: 4.8357 },
        {
          code: "LIL-02",
          name: "Lille outlet",
          city: "Lille",
          timezone: "Europe/Paris",
          latitude: 50.6388,
          longitude: 3.0628,
          offers_pickup: false,
        },
        // Sells at its till only: its location isn't in the web channel.
        { code: "LIL-09", name: "Lille staff shop", city: "Lille", timezone: "Europe/Paris", latitude: 50.63, longitude: 3.06, posOnly: true },
      ])
      catalog = await createCatalog(container, network, [{ title: "Pull marin", variants: [{ sku: "PM-M" }] }])
      await setStock(container, catalog, {
        "PM-M": { [network.stores["PAR-01"].stock_location_id]: 4, [network.stores["LYO-01"].stock_location_id]: 2 },
      })
    })

    const setUp = (code: string) =>
      createStorePickupOptionWorkflow(getContainer()).run({
        input: { store_profile_id: network.stores[code].id, shipping_profile_id: catalog.shippingProfileId },
      })

    /** The store's stock location as Medusa's fulfilment sees it. */
    const fulfilmentAt = async (code: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [location] } = await query.graph({
        entity: "stock_location",
        fields: [
          "fulfillment_providers.id",
          "fulfillment_sets.type",
          "fulfillment_sets.service_zones.geo_zones.country_code",
          "fulfillment_sets.service_zones.geo_zones.type",
          "fulfillment_sets.service_zones.shipping_options.id",
          "fulfillment_sets.service_zones.shipping_options.name",
          "fulfillment_sets.service_zones.shipping_options.price_type",
          "fulfillment_sets.service_zones.shipping_options.shipping_profile_id",
          "fulfillment_sets.service_zones.shipping_options.type.code",
          "fulfillment_sets.service_zones.shipping_options.rules.attribute",
          "fulfillment_sets.service_zones.shipping_options.rules.value",
          "fulfillment_sets.service_zones.shipping_options.prices.amount",
          "fulfillment_sets.service_zones.shipping_options.prices.currency_code",
        ],
        filters: { id: network.stores[code].stock_location_id },
      })
      return location as any
    }

    it("gives a pickup store a pickup fulfilment set, a zone for its country, the manual provider and a free option", async () => {
      const { result } = await setUp("PAR-01")
      expect(result).toEqual({ shipping_option_id: expect.any(String), created: true, channels_updated: false })

      const location = await fulfilmentAt("PAR-01")
      expect(location.fulfillment_providers.map((p: any) => p.id)).toEqual(["manual_manual"])
      expect(location.fulfillment_sets).toHaveLength(1)
      const [set] = location.fulfillment_sets
      expect(set.type).toBe("pickup")
      expect(set.service_zones).toHaveLength(1)
      expect(set.service_zones[0].geo_zones).toEqual([expect.objectContaining({ type: "country", country_code: "fr" })])
      const [option] = set.service_zones[0].shipping_options
      expect(option).toEqual(
        expect.objectContaining({
          id: result.shipping_option_id,
          name: "Pick up in store: Paris Marais",
          price_type: "flat",
          shipping_profile_id: catalog.shippingProfileId,
          type: expect.objectContaining({ code: "pickup" }),
          prices: [expect.objectContaining({ amount: 0, currency_code: "eur" })],
        })
      )
      // Offered in the store's web channel only: its location sells through the POS channel too.
      expect(option.rules.map((r: any) => [r.attribute, r.value]).sort()).toEqual([
        ["enabled_in_store", "true"],
        ["is_return", "false"],
        ["sales_channel_id", [network.webChannelId]],
      ])
    })

    it("changes nothing the second time", async () => {
      const first = await setUp("PAR-01")
      const second = await setUp("PAR-01")
      expect(second.result).toEqual({
        shipping_option_id: first.result.shipping_option_id,
        created: false,
        channels_updated: false,
      })
      const location = await fulfilmentAt("PAR-01")
      expect(location.fulfillment_sets).toHaveLength(1)
      expect(location.fulfillment_sets[0].service_zones[0].shipping_options).toHaveLength(1)
    })

    it("skips a store that doesn't offer pickup", async () => {
      const { result } = await setUp("LIL-02")
      expect(result).toEqual({ shipping_option_id: null, created: false, channels_updated: false })
      expect((await fulfilmentAt("LIL-02")).fulfillment_sets).toEqual([])
    })

    it("refuses an unknown store", async () => {
      const { errors } = await createStorePickupOptionWorkflow(getContainer()).run({
        input: { store_profile_id: "stp_nope", shipping_profile_id: catalog.shippingProfileId },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("Store stp_nope was not found")
    })

    it("undoes everything when a later step fails: no set, no zone, no option, no provider link", async () => {
      const workflow = createStorePickupOptionWorkflow(getContainer())
      workflow.appendAction("fail", "create-shipping-options-workflow-as-step", {
        invoke: async () => {
          throw new Error("a later step failed")
        },
      })
      const { errors } = await workflow.run({
        input: { store_profile_id: network.stores["PAR-01"].id, shipping_profile_id: catalog.shippingProfileId },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")

      const location = await fulfilmentAt("PAR-01")
      expect(location.fulfillment_sets).toEqual([])
      expect(location.fulfillment_providers).toEqual([])
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      expect(await fulfillment.listShippingOptions({})).toEqual([])
      expect(await fulfillment.listServiceZones({})).toEqual([])
      // And the store can still be set up afterwards.
      expect((await setUp("PAR-01")).result.created).toBe(true)
    })

    it("lets a web shopper list each store's pickup option for the cart and choose one, free", async () => {
      const ids = { paris: (await setUp("PAR-01")).result.shipping_option_id, lyon: (await setUp("LYO-01")).result.shipping_option_id }
      await setUp("LIL-02")

      const { data: created } = await api.post(
        "/store/carts",
        { region_id: catalog.regionId, email: "camille@example.com" },
        key()
      )
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: catalog.variantIds["PM-M"], quantity: 1 }, key())

      const { data: listed } = await api.get(`/store/shipping-options?cart_id=${cartId}`, key())
      const pickups = listed.shipping_options.filter((o: any) => o.type?.code === "pickup")
      expect(pickups.map((o: any) => [o.id, o.name, o.amount]).sort()).toEqual(
        [
          [ids.paris, "Pick up in store: Paris Marais", 0],
          [ids.lyon, "Pick up in store: Lyon", 0],
        ].sort()
      )
      expect(pickups.find((o: any) => o.id === ids.paris).service_zone.fulfillment_set.type).toBe("pickup")

      const { data: chosen } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: ids.paris }, key())
      expect(chosen.cart.shipping_methods).toEqual([
        expect.objectContaining({ shipping_option_id: ids.paris, amount: 0 }),
      ])
      expect(chosen.cart.shipping_total).toBe(0)
    })

    /** A cart of the key's channel holding one sweater; its id. */
    const cartIn = async (key: string) => {
      const headers = { headers: { "x-publishable-api-key": key } }
      const { data } = await api.post("/store/carts", { region_id: catalog.regionId, email: "camille@example.com" }, headers)
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: catalog.variantIds["PM-M"], quantity: 1 }, headers)
      return data.cart.id as string
    }
    const offered = async (key: string, cartId: string) => {
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers: { "x-publishable-api-key": key } })
      return data.shipping_options.map((o: { id: string }) => o.id).sort()
    }

    it("doesn't offer pickup on a POS cart, though the store's location sells through the POS channel", async () => {
      await setUp("PAR-01")
      await setUp("LYO-01")
      const posKey = await publishableKey(getContainer(), "POS", [network.posChannelId])
      const cartId = await cartIn(posKey)
      expect(await offered(posKey, cartId)).toEqual([])
    })

    it("refuses a pickup option to a web cart of another channel, writing nothing; a second run offers it there", async () => {
      const container = getContainer()
      const { result: paris } = await setUp("PAR-01")
      // A second web shop opens later and sells through the Paris store: the option still names the first one only.
      const { result: [belgium] } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Web BE" }] },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: network.stores["PAR-01"].stock_location_id, add: [belgium.id] },
      })
      await linkProductsToSalesChannelWorkflow(container).run({
        input: { id: belgium.id, add: [catalog.productIds["Pull marin"]] },
      })
      const belgianKey = await publishableKey(container, "Web BE", [belgium.id])
      const cartId = await cartIn(belgianKey)
      expect(await offered(belgianKey, cartId)).toEqual([])

      const refused = await failure(
        api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: paris.shipping_option_id },
          { headers: { "x-publishable-api-key": belgianKey } }
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Shipping Options are invalid for cart.")
      const { data } = await api.get(`/store/carts/${cartId}`, { headers: { "x-publishable-api-key": belgianKey } })
      expect(data.cart.shipping_methods).toEqual([])

      // Running the workflow again brings the option's channels up to date, and changes nothing more.
      const { result: again } = await setUp("PAR-01")
      expect(again).toEqual({ shipping_option_id: paris.shipping_option_id, created: false, channels_updated: true })
      const [option] = (await fulfilmentAt("PAR-01")).fulfillment_sets[0].service_zones[0].shipping_options
      expect(option.rules.find((r: any) => r.attribute === "sales_channel_id").value).toEqual(
        [network.webChannelId, belgium.id].sort()
      )
      expect(await offered(belgianKey, cartId)).toEqual([paris.shipping_option_id])
      expect((await setUp("PAR-01")).result.channels_updated).toBe(false)
    })

    it("gives an option made before pickup was web-only its channel rule (undone if a later step fails)", async () => {
      const { result: first } = await setUp("PAR-01")
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      const channelRules = async () =>
        (await fulfillment.retrieveShippingOption(first.shipping_option_id!, { relations: ["rules"] })).rules.filter(
          (r) => r.attribute === "sales_channel_id"
        )
      await fulfillment.deleteShippingOptionRules((await channelRules()).map((r) => r.id))

      // A failure after the rule was added takes it off again.
      const failing = createStorePickupOptionWorkflow(getContainer())
      failing.appendAction("fail", "batch-shipping-option-rules-as-step", {
        invoke: async () => {
          throw new Error("a later step failed")
        },
      })
      const { errors } = await failing.run({
        input: { store_profile_id: network.stores["PAR-01"].id, shipping_profile_id: catalog.shippingProfileId },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await channelRules()).toEqual([])

      const { result } = await setUp("PAR-01")
      expect(result).toEqual({ shipping_option_id: first.shipping_option_id, created: false, channels_updated: true })
      expect((await channelRules()).map((r) => r.value)).toEqual([[network.webChannelId]])
    })

    it("refuses a pickup store whose location sells through no web channel, creating nothing", async () => {
      const container = getContainer()
      const { errors } = await createStorePickupOptionWorkflow(container).run({
        input: { store_profile_id: network.stores["LIL-09"].id, shipping_profile_id: catalog.shippingProfileId },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe(
        "Store LIL-09's stock location sells through no web sales channel (only POS channels, or none): " +
          "link it to the web shop's channel to offer pickup there"
      )
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [location] } = await query.graph({
        entity: "stock_location",
        fields: ["fulfillment_sets.id"],
        filters: { id: network.stores["LIL-09"].stock_location_id },
      })
      expect(location.fulfillment_sets).toEqual([])
    })
  },
})
