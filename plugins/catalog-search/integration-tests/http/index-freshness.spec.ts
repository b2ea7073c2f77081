import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { checkoutCart, plainly, storeKey } from "@passerelle/medusa-plugin-stores/testing/checkout"
import path from "path"
import {
  LINEN_DRESS,
  openSearchWorld,
  reindexProducts,
  SAILOR_SWEATER,
  SearchWorld,
  storeSearch,
} from "../helpers/search-world"

// @redis-tier: the index follows Medusa's events, which the event bus delivers

jest.setTimeout(240 * 1000)

/** Polls until `read` answers what `expected` accepts (events reach the index asynchronously), or fails with the last answer. */
async function until<T>(read: () => Promise<T>, expected: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last = await read()
  while (!expected(last)) {
    if (Date.now() > deadline) {
      throw new Error(`the index did not catch up within ${timeoutMs} ms; last answer: ${JSON.stringify(last)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
    last = await read()
  }
  return last
}

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: SearchWorld

    beforeAll(async () => {
      world = await openSearchWorld(getContainer(), api)
      await reindexProducts(getContainer())
    })

    const handlesAt = async (storeId: string, q?: string) =>
      (
        await storeSearch(api, world.network.webKey, {
          filters: { pickup_store_ids: storeId, ...(q ? { q } : {}) },
          fields: ["handle"],
        })
      ).hits.map((hit) => hit.document.handle as string)

    it("drops a product from “available at Lyon” when Lyon's stock is counted to zero, and brings it back after a delivery", async () => {
      const lyon = world.network.stores["LYO-01"]
      const level = `/admin/inventory-items/${world.itemIds["PM-MAR-M"]}/location-levels/${lyon.stock_location_id}`
      expect(await handlesAt(lyon.id)).toEqual([SAILOR_SWEATER.handle])

      await api.post(level, { stocked_quantity: 0 }, world.admin)
      await until(() => handlesAt(lyon.id), (handles) => handles.length === 0)

      await api.post(level, { stocked_quantity: 3 }, world.admin)
      expect(await until(() => handlesAt(lyon.id), (handles) => handles.length === 1)).toEqual([SAILOR_SWEATER.handle])
    })

    it("follows reservations: the last units Paris may promise, reserved, take it out; released, put it back", async () => {
      const paris = world.network.stores["PAR-01"]
      expect(await handlesAt(paris.id, "robe")).toEqual([LINEN_DRESS.handle])

      // 3 on the shelf, 1 kept back by the safety buffer: reserving 2 leaves nothing to promise.
      const { data } = await api.post(
        "/admin/reservations",
        { inventory_item_id: world.itemIds["RLB-BCI-M"], location_id: paris.stock_location_id, quantity: 2 },
        world.admin
      )
      await until(() => handlesAt(paris.id, "robe"), (handles) => handles.length === 0)

      await api.delete(`/admin/reservations/${data.reservation.id}`, world.admin)
      expect(await until(() => handlesAt(paris.id, "robe"), (handles) => handles.length === 1)).toEqual([LINEN_DRESS.handle])
    })

    it("takes Paris out once a shopper's click & collect order reserves the last units it may promise", async () => {
      const paris = world.network.stores["PAR-01"]
      const { result } = await createStorePickupOptionWorkflow(getContainer()).run({
        input: { store_profile_id: paris.id, shipping_profile_id: world.shippingProfileId },
      })
      const cartId = await checkoutCart(api, {
        key: world.network.webKey,
        regionId: world.regionId,
        items: [{ variant_id: world.variantIds["RLB-BCI-M"], quantity: 2 }],
        optionId: result.shipping_option_id!,
      })
      await plainly("complete the cart", api.post(`/store/carts/${cartId}/complete`, {}, storeKey(world.network.webKey)))
      await until(() => handlesAt(paris.id, "robe"), (handles) => handles.length === 0)
    })

    it("follows the catalog: a new title, a new price, an unpublished product, a deleted one", async () => {
      const search = (q: string) =>
        storeSearch(api, world.network.webKey, { filters: { q }, fields: ["handle", "title", "price"] })
      const sweater = world.productIds[SAILOR_SWEATER.handle]

      await api.post(`/admin/products/${sweater}`, { title: "Marinière tricotée" }, world.admin)
      const renamed = await until(() => search("marinière"), (result) => result.hits.length === 1)
      expect(renamed.hits[0].document).toEqual(expect.objectContaining({ handle: SAILOR_SWEATER.handle, price: 80 }))

      await api.post(
        `/admin/products/${sweater}/variants/${world.variantIds["PM-MAR-M"]}`,
        { prices: [{ currency_code: "eur", amount: 70 }] },
        world.admin
      )
      await until(() => search("marinière"), (result) => result.hits[0]?.document.price === 70)

      await api.post(`/admin/products/${sweater}`, { status: "draft" }, world.admin)
      await until(() => search("marinière"), (result) => result.hits.length === 0)

      await api.post(`/admin/products/${sweater}`, { status: "published" }, world.admin)
      await until(() => search("marinière"), (result) => result.hits.length === 1)

      await api.delete(`/admin/products/${sweater}`, world.admin)
      await until(() => search("marinière"), (result) => result.hits.length === 0)
    })
  },
})
