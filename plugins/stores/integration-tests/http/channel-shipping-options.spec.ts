import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { createShop, Shop, storeKey } from "../helpers/shop"

jest.setTimeout(180 * 1000)

/**
 * Shipping options scoped to sales channels by a `sales_channel_id` rule: the till's take-away isn't offered on
 * the web shop, web-only express delivery isn't offered at the till, options without the rule are offered in
 * every channel whose locations they ship from.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let shop: Shop

    beforeEach(async () => {
      shop = await createShop(getContainer(), [
        { location: "paris", sweater: 5 },
        { location: "warehouse", sweater: 5 },
      ])
    })

    const cartIn = async (key: string) => {
      const headers = storeKey(key)
      const { data } = await api.post(
        "/store/carts",
        { region_id: shop.regionId, shipping_address: { country_code: "fr", city: "Paris", postal_code: "75004" } },
        headers
      )
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: shop.sweater.variantId, quantity: 1 }, headers)
      return data.cart.id as string
    }
    const offered = async (key: string, cartId: string) => {
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, storeKey(key))
      return data.shipping_options.map((o: { id: string }) => o.id).sort()
    }

    it("doesn't offer the POS take-away on a web cart, nor let the web shop add it", async () => {
      const cartId = await cartIn(shop.network.webKey)
      expect(await offered(shop.network.webKey, cartId)).toEqual(
        [shop.options.parisPickup, shop.options.warehouseStandard, shop.options.warehouseExpress].sort()
      )
      const refused = await failure(
        api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.options.parisTakeAway }, storeKey(shop.network.webKey))
      )
      expect(refused.status).toBe(400)
      const { data } = await api.get(`/store/carts/${cartId}`, storeKey(shop.network.webKey))
      expect(data.cart.shipping_methods).toEqual([])
    })

    it("offers the take-away and the store's other options on a POS cart, not web-only delivery", async () => {
      const cartId = await cartIn(shop.posKey)
      // The warehouse isn't a location of the POS channel: Medusa doesn't offer its options there at all.
      expect(await offered(shop.posKey, cartId)).toEqual([shop.options.parisPickup, shop.options.parisTakeAway].sort())
      const { data } = await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: shop.options.parisTakeAway },
        storeKey(shop.posKey)
      )
      expect(data.cart.shipping_methods.map((m: { shipping_option_id: string }) => m.shipping_option_id)).toEqual([
        shop.options.parisTakeAway,
      ])
    })
  },
})
