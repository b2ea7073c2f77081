import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { checkoutCart, levelOf, reservationsOf, storeKey } from "@passerelle/medusa-plugin-stores/testing/checkout"
import { createNetwork, failure, Network } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, createCatalog, setStock } from "../helpers/catalog"

// @redis-tier: 20 concurrent carts for one unit queue on the locking module

jest.setTimeout(300 * 1000)

/**
 * Click & collect checkouts through Medusa's store routes, with the pickup option the plugin's workflow makes. Lyon
 * (store B) is created before Paris (store A), so Medusa on its own would reserve at Lyon whenever it has the stock
 * (its reserve step tries the channel's locations in id order; the warehouse, first of all, is kept empty here).
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer, dbConnection }) => {
    let network: Network
    let catalog: Catalog
    let parisPickup: string
    const paris = () => network.stores["PAR-01"].stock_location_id
    const lyon = () => network.stores["LYO-01"].stock_location_id

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.7607, longitude: 4.8357 },
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
      ])
      // Plain and gift-boxed: two variants, one inventory item (the same sweater on the shelf).
      catalog = await createCatalog(container, network, [
        { title: "Pull marin", variants: [{ sku: "PM-M", item: "PM-M" }, { sku: "PM-M-GIFT", item: "PM-M" }] },
      ])
      // Both stores offer pickup, as on the web shop: the shopper picks Paris's option.
      for (const code of ["LYO-01", "PAR-01"]) {
        const { result } = await createStorePickupOptionWorkflow(container).run({
          input: { store_profile_id: network.stores[code].id, shipping_profile_id: catalog.shippingProfileId },
        })
        if (code === "PAR-01") {
          parisPickup = result.shipping_option_id!
        }
      }
    })

    const pickUpAtParis = (items: { variant_id: string; quantity: number }[], email?: string) =>
      checkoutCart(api, { key: network.webKey, regionId: catalog.regionId, items, optionId: parisPickup, email })
    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, storeKey(network.webKey))
    const sweater = (quantity = 1, sku = "PM-M") => ({ variant_id: catalog.variantIds[sku], quantity })

    /** The level as stored, and the sum of its live reservations: the stock guard keeps them equal. */
    const ledger = async (locationId: string) => {
      const { rows } = await dbConnection.raw(
        `SELECT l.stocked_quantity, l.reserved_quantity,
                (SELECT COALESCE(SUM(r.quantity), 0) FROM reservation_item r
                  WHERE r.inventory_item_id = l.inventory_item_id AND r.location_id = l.location_id
                    AND r.deleted_at IS NULL) AS live
           FROM inventory_level l
          WHERE l.inventory_item_id = ? AND l.location_id = ? AND l.deleted_at IS NULL`,
        [catalog.itemIds["PM-M"], locationId]
      )
      return { stocked: Number(rows[0].stocked_quantity), reserved: Number(rows[0].reserved_quantity), live: Number(rows[0].live) }
    }
    const count = async (sql: string) => Number((await dbConnection.raw(sql)).rows[0].n)
    const liveOrders = () => count(`SELECT count(*) AS n FROM "order" WHERE deleted_at IS NULL`)

    it("reserves at the pickup store the shopper chose, not at the store Medusa would pick (more stock, listed first)", async () => {
      const container = getContainer()
      await setStock(container, catalog, { "PM-M": { [lyon()]: 5, [paris()]: 2 } })
      const { data } = await complete(await pickUpAtParis([sweater()]))
      expect(data.type).toBe("order")
      expect(await reservationsOf(container, catalog.itemIds["PM-M"])).toEqual([[paris(), 1]])
      expect(await levelOf(container, catalog.itemIds["PM-M"], paris())).toEqual({ stocked: 2, reserved: 1 })
      expect(await levelOf(container, catalog.itemIds["PM-M"], lyon())).toEqual({ stocked: 5, reserved: 0 })
    })

    it("refuses a cart larger than the pickup store's stock, summing two lines of one item: no reservation, no order", async () => {
      const container = getContainer()
      await setStock(container, catalog, { "PM-M": { [lyon()]: 10, [paris()]: 1 } })
      const cartId = await pickUpAtParis([sweater(1), sweater(1, "PM-M-GIFT")])
      const refused = await failure(complete(cartId))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(
        "Paris Marais (PAR-01) can't cover this order: Pull marin (PM-M) + Pull marin (PM-M-GIFT) needs 2, 1 available"
      )
      expect(await reservationsOf(container, catalog.itemIds["PM-M"])).toEqual([])
      expect(await count(`SELECT count(*) AS n FROM "order"`)).toBe(0)
      const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, storeKey(network.webKey))
      expect(data.cart.completed_at).toBeNull()
    })

    it("sells the pickup store's last unit to exactly one of 20 concurrent carts; the others get a clean 4xx", async () => {
      // Lyon has plenty: Medusa reserves each cart there first, and the relocation to Paris is where they race.
      await setStock(getContainer(), catalog, { "PM-M": { [lyon()]: 10, [paris()]: 1 } })
      const carts: string[] = []
      while (carts.length < 20) {
        const emails = Array.from({ length: 5 }, (_, i) => `shopper-${carts.length + i}@example.com`)
        carts.push(...(await Promise.all(emails.map((email) => pickUpAtParis([sweater()], email)))))
      }

      const outcomes = await Promise.all(
        carts.map((id) =>
          complete(id).then(
            ({ status, data }: { status: number; data: { type: string } }) => ({ id, status, type: data.type, message: "" }),
            // Plain values: an AxiosError holds circular references, which break jest's JSON report.
            (error: { message: string; response?: { status: number; data?: { message?: string } } }) => ({
              id,
              status: error.response?.status ?? 0,
              type: "error",
              message: String(error.response?.data?.message ?? error.message),
            })
          )
        )
      )
      const refused = outcomes.filter((o) => o.type !== "order")
      // Listed in full when it fails: which status, which message. Most losers are told the store is short (400);
      // on a loaded machine a few may wait past the reservation lock while the winner still holds the unit, and are
      // told to retry (Medusa's 409 for a lock that couldn't be had in time). Never a 5xx.
      expect(refused.filter((o) => o.status !== 400 && o.status !== 409)).toEqual([])
      expect(outcomes.filter((o) => o.type === "order")).toHaveLength(1)
      for (const { status, message } of refused) {
        expect(message).toMatch(
          status === 409
            ? /^The request conflicted with another request\. You may retry the request/
            : /^(Paris Marais \(PAR-01\) can't cover this order: Pull marin \(PM-M\) needs 1, 0 available|Not enough stock available for item .+ at location .+)$/
        )
      }

      expect(await liveOrders()).toBe(1)
      expect(await ledger(paris())).toEqual({ stocked: 1, reserved: 1, live: 1 })
      expect(await ledger(lyon())).toEqual({ stocked: 10, reserved: 0, live: 0 })
    })
  },
})
