import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPickupForOrderWorkflow, createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { createNetwork, Network } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, createCatalog, setStock } from "../helpers/catalog"
import { placePickupOrder, waitForPickup } from "../helpers/pickup-orders"

// @redis-tier: pickups are made by an order.placed subscriber, which the event bus delivers

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    let parisPickup: string

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
      ])
      catalog = await createCatalog(container, network, [{ title: "Pull marin", variants: [{ sku: "PM-M" }] }])
      await setStock(container, catalog, {
        "PM-M": { [network.stores["PAR-01"].stock_location_id]: 3, [network.warehouseId]: 10 },
      })
      const { result } = await createStorePickupOptionWorkflow(container).run({
        input: { store_profile_id: network.stores["PAR-01"].id, shipping_profile_id: catalog.shippingProfileId },
      })
      parisPickup = result.shipping_option_id!
    })

    const orderAtParis = () =>
      placePickupOrder(api, {
        webKey: network.webKey,
        regionId: catalog.regionId,
        optionId: parisPickup,
        items: [{ variant_id: catalog.variantIds["PM-M"], quantity: 1 }],
      })

    const orderOf = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: ["id", "pickup.id", "payment_collections.status", "payment_collections.payments.captured_at"],
        filters: { id: orderId },
      })
      return order as any
    }

    it("puts a click & collect order in its store's queue, placed, and charges it", async () => {
      const orderId = await orderAtParis()
      const pickup = await waitForPickup(getContainer(), orderId)
      expect(pickup).toEqual(
        expect.objectContaining({
          status: "placed",
          code_hash: null,
          ready_at: null,
          hold_until: null,
          placed_at: expect.anything(),
          stock_location: expect.objectContaining({ id: network.stores["PAR-01"].stock_location_id }),
        })
      )
      expect(pickup.events.map((e: any) => e.type)).toEqual(["placed"])
      const order = await orderOf(orderId)
      expect(order.payment_collections[0].status).toBe("completed")
      expect(order.payment_collections[0].payments[0].captured_at).toBeTruthy()
    })

    it("keeps an order in its store's queue when the back office captured its payment first", async () => {
      const orderId = await orderAtParis()
      // Captured right away, racing the order.placed subscriber (which captures too).
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [placed] } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
      const paymentId = (placed as any).payment_collections[0].payments[0].id
      await capturePaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId }, throwOnError: false })

      const pickup = await waitForPickup(getContainer(), orderId)
      expect(pickup.status).toBe("placed")
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.captures.amount", "total"],
        filters: { id: orderId },
      })
      // Charged once, whoever got there first.
      expect((order as any).payment_collections[0].payments[0].captures.map((c: any) => Number(c.amount))).toEqual([Number((order as any).total)])
    })

    it("gives an order one pickup however often order.placed is delivered", async () => {
      const orderId = await orderAtParis()
      const first = await waitForPickup(getContainer(), orderId)
      const { result } = await createPickupForOrderWorkflow(getContainer()).run({ input: { order_id: orderId } })
      expect(result.pickup_id).toBe(first.id)
      const clickCollect = getContainer().resolve("clickCollect") as any
      expect(await clickCollect.listPickups({})).toHaveLength(1)
    })

    it("undoes the pickup and its links when a later step fails, leaving the payment as it was", async () => {
      const orderId = await orderAtParis()
      const existing = await waitForPickup(getContainer(), orderId)
      const clickCollect = getContainer().resolve("clickCollect") as any
      // Start from an order with no pickup. Its payment stays captured: Medusa never undoes a capture (funds were taken;
      // a refund is a person's decision), so the failed run must leave it exactly as it was.
      const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
      await link.dismiss({ clickCollect: { pickup_id: existing.id }, order: { order_id: orderId } })
      await clickCollect.deletePickups(existing.id)
      const before = await orderOf(orderId)

      const workflow = createPickupForOrderWorkflow(getContainer())
      workflow.appendAction("fail", "create-pickup", {
        invoke: async () => {
          throw new Error("a later step failed")
        },
      })
      const { errors } = await workflow.run({ input: { order_id: orderId }, throwOnError: false })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await clickCollect.listPickups({})).toEqual([])
      expect((await orderOf(orderId)).pickup).toBeFalsy()
      expect((await orderOf(orderId)).payment_collections[0].status).toBe(before.payment_collections[0].status)
    })
  },
})
