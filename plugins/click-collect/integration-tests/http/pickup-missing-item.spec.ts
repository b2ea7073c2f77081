import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStorePickupOptionWorkflow, reportMissingPickupItemWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import {
  adminHeaders,
  createNetwork,
  failure,
  Network,
  signInNewAssociate,
} from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, createCatalog, setStock } from "../helpers/catalog"
import { placePickupOrder, waitForPickup } from "../helpers/pickup-orders"
import { availableAtStore, pickupState, sentNotifications } from "../helpers/pickup-state"
import { readyPickupForTests } from "../helpers/ready-pickup-for-tests"

jest.setTimeout(180 * 1000)

const ITEM_MISSING = "click-collect.pickup-item-missing"

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    let parisOption: string
    let lyonOption: string
    let paris: string
    let parisTablet: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
        { code: "LYO-01", name: "Lyon Confluence", city: "Lyon", timezone: "Europe/Paris", latitude: 45.74, longitude: 4.82 },
      ])
      paris = network.stores["PAR-01"].stock_location_id
      const lyon = network.stores["LYO-01"].stock_location_id
      catalog = await createCatalog(container, network, [
        { title: "Pull marin", variants: [{ sku: "PM-M" }, { sku: "PM-L" }] },
      ])
      // The warehouse is the channel's first location: Medusa's order edit re-reserves there unless pinned back.
      await setStock(container, catalog, {
        "PM-M": { [paris]: 4, [lyon]: 4, [network.warehouseId]: 10 },
        "PM-L": { [paris]: 3, [lyon]: 3, [network.warehouseId]: 10 },
      })
      const option = async (code: string) =>
        (
          await createStorePickupOptionWorkflow(container).run({
            input: { store_profile_id: network.stores[code].id, shipping_profile_id: catalog.shippingProfileId },
          })
        ).result.shipping_option_id!
      parisOption = await option("PAR-01")
      lyonOption = await option("LYO-01")
      const admin = await adminHeaders(container, api)
      parisTablet = await signInNewAssociate(api, admin, {
        email: "lea@example.com",
        employee_code: "E-1",
        home_store_id: network.stores["PAR-01"].id,
      })
    })

    /** A two-line order (2 × PM-M, 1 × PM-L) to pick up at a store. */
    const placeOrder = async (optionId = parisOption) => {
      const orderId = await placePickupOrder(api, {
        webKey: network.webKey,
        regionId: catalog.regionId,
        optionId,
        items: [
          { variant_id: catalog.variantIds["PM-M"], quantity: 2 },
          { variant_id: catalog.variantIds["PM-L"], quantity: 1 },
        ],
      })
      const pickup = await waitForPickup(getContainer(), orderId)
      const state = await pickupState(getContainer(), orderId)
      const line = (sku: string) => state.items.find((item) => item.sku === sku)!.id
      return { orderId, pickupId: pickup.id as string, medium: line("PM-M"), large: line("PM-L") }
    }
    /** The report as sent; a refusal rejects with Axios' error (read with `failure`). */
    const send = (pickupId: string, body: Record<string, unknown>) =>
      api.post(`/pos/pickups/${pickupId}/missing-items`, body, parisTablet)
    /** A report expected to succeed; a refusal becomes a plain Error (jest --json can't serialise Axios' errors). */
    const report = (pickupId: string, body: Record<string, unknown>) =>
      send(pickupId, body).catch((error: any) => {
        throw new Error(`missing-items answered ${error?.response?.status}: ${JSON.stringify(error?.response?.data)}`)
      })
    const available = () => availableAtStore(api, network.webKey, catalog.productIds["Pull marin"], "PAR-01")

    it("takes a missing line off the order, refunds it and tells the shopper", async () => {
      const { orderId, pickupId, medium, large } = await placeOrder()
      const before = await pickupState(getContainer(), orderId)
      expect(before.reservations).toEqual([
        expect.objectContaining({ line_item_id: expect.any(String), location_id: paris }),
        expect.objectContaining({ location_id: paris }),
      ])
      // 4 − 2 reserved − 1 buffer; 3 − 1 − 1.
      expect(await available()).toEqual({ [catalog.variantIds["PM-M"]]: 1, [catalog.variantIds["PM-L"]]: 1 })

      const { status, data } = await report(pickupId, { item_id: large, note: "Not on the shelf" })
      expect(status).toBe(200)
      expect(data.missing_item).toEqual({
        pickup_id: pickupId,
        order_id: orderId,
        item_id: large,
        quantity: 1,
        refunded_amount: 50,
        order_canceled: false,
      })

      const after = await pickupState(getContainer(), orderId)
      expect(after.total).toBe(before.total - 50)
      expect(after.items.find((item) => item.id === large)?.quantity ?? 0).toBe(0)
      expect(after.items.find((item) => item.id === medium)!.quantity).toBe(2)
      expect(after.refunds).toEqual([50])
      expect(after.reservations).toEqual([{ line_item_id: medium, location_id: paris, quantity: 2 }])
      expect(after.pickup.status).toBe("placed")
      expect(after.pickup.events).toEqual(["item_missing", "placed"])
      expect(after.pickup.notes).toEqual([expect.stringContaining("1 × ")])
      expect(after.pickup.notes[0]).toContain("PM-L")
      expect(after.pickup.notes[0]).toContain("Not on the shelf")
      expect(await available()).toEqual({ [catalog.variantIds["PM-M"]]: 1, [catalog.variantIds["PM-L"]]: 2 })

      const sent = await sentNotifications(getContainer(), ITEM_MISSING)
      expect(sent).toHaveLength(1)
      expect(sent[0]).toEqual(
        expect.objectContaining({
          to: "camille@example.com",
          data: expect.objectContaining({
            order_id: orderId,
            item: expect.objectContaining({ id: large, sku: "PM-L" }),
            quantity: 1,
            refunded_amount: 50,
          }),
        })
      )
    })

    it("takes part of a line off, keeping the rest reserved at the store", async () => {
      const { orderId, pickupId, medium } = await placeOrder()
      const before = await pickupState(getContainer(), orderId)
      const { data } = await report(pickupId, { item_id: medium, quantity: 1 })
      expect(data.missing_item.refunded_amount).toBe(50)
      const after = await pickupState(getContainer(), orderId)
      expect(after.total).toBe(before.total - 50)
      expect(after.items.find((item) => item.id === medium)!.quantity).toBe(1)
      expect(after.reservations.find((r) => r.line_item_id === medium)).toEqual({
        line_item_id: medium,
        location_id: paris,
        quantity: 1,
      })
      expect(after.reservations.every((r) => r.location_id === paris)).toBe(true)
      expect(await available()).toEqual({ [catalog.variantIds["PM-M"]]: 2, [catalog.variantIds["PM-L"]]: 1 })
    })

    it("cancels the order and the pickup when every item is missing", async () => {
      const { orderId, pickupId, medium, large } = await placeOrder()
      const before = await pickupState(getContainer(), orderId)
      await report(pickupId, { item_id: large })
      const { data } = await report(pickupId, { item_id: medium })
      expect(data.missing_item).toEqual(expect.objectContaining({ order_canceled: true, refunded_amount: before.total - 50 }))
      const after = await pickupState(getContainer(), orderId)
      expect(after.status).toBe("canceled")
      expect(after.refunds.reduce((a, b) => a + b, 0)).toBe(before.total)
      expect(after.reservations).toEqual([])
      expect(after.pickup.status).toBe("canceled")
      expect(after.pickup.events).toEqual(["item_missing", "item_missing", "placed"])
      expect(await available()).toEqual({ [catalog.variantIds["PM-M"]]: 3, [catalog.variantIds["PM-L"]]: 2 })
      expect(await sentNotifications(getContainer(), ITEM_MISSING)).toHaveLength(2)
    })

    it("refuses bad reports and changes nothing", async () => {
      const { orderId, pickupId, medium } = await placeOrder()
      const lyonOrder = await placeOrder(lyonOption)
      const before = await pickupState(getContainer(), orderId)
      const cases: [Record<string, unknown>, number, string][] = [
        [{ item_id: "ordli_nope" }, 400, "is not on order"],
        [{ item_id: medium, quantity: 0 }, 400, "quantity"],
        [{ item_id: medium, quantity: 3 }, 400, "Only 2 of"],
        [{ item_id: medium, quantity: 1.5 }, 400, "quantity"],
        [{ item_id: medium, quantity: "1" }, 400, "quantity"],
        [{ item_id: medium, reason: "gone" }, 400, "reason"],
        [{}, 400, "item_id"],
      ]
      for (const [body, status, message] of cases) {
        const response = await failure(send(pickupId, body))
        expect({ body, status: response.status }).toEqual({ body, status })
        expect(response.data.message).toContain(message)
      }
      const other = await failure(send(lyonOrder.pickupId, { item_id: lyonOrder.medium }))
      expect(other.status).toBe(403)
      expect(await pickupState(getContainer(), orderId)).toEqual(before)
      expect(await pickupState(getContainer(), lyonOrder.orderId)).toEqual(
        expect.objectContaining({ refunds: [], pickup: expect.objectContaining({ events: ["placed"] }) })
      )
      expect(await sentNotifications(getContainer(), ITEM_MISSING)).toEqual([])
    })

    it("refuses a report once the parcel is ready, or collected", async () => {
      const { orderId, pickupId, medium } = await placeOrder()
      await readyPickupForTests(getContainer(), pickupId)
      const ready = await pickupState(getContainer(), orderId)
      const response = await failure(send(pickupId, { item_id: medium }))
      expect(response.status).toBe(400)
      expect(response.data.message).toContain("This pickup is ready")
      expect(await pickupState(getContainer(), orderId)).toEqual(ready)

      const clickCollect = getContainer().resolve("clickCollect") as any
      await clickCollect.updatePickups({ id: pickupId, status: "collected", collected_at: new Date() })
      const collected = await failure(send(pickupId, { item_id: medium }))
      expect(collected.status).toBe(400)
      expect(collected.data.message).toContain("This pickup is collected")
      expect(await sentNotifications(getContainer(), ITEM_MISSING)).toEqual([])
    })

    it("undoes the order edit, the reservations and the timeline when the step before the refund fails", async () => {
      const { orderId, pickupId, large } = await placeOrder()
      const before = await pickupState(getContainer(), orderId)
      const availableBefore = await available()
      const workflow = reportMissingPickupItemWorkflow(getContainer())
      workflow.insertActionBefore("fail", "refund-payment-workflow-as-step", {
        invoke: async () => {
          throw new Error("a later step failed")
        },
      })
      const { errors } = await workflow.run({ input: { pickup_id: pickupId, item_id: large }, throwOnError: false })
      expect(errors[0].error.message).toBe("a later step failed")
      const after = await pickupState(getContainer(), orderId)
      expect(after).toEqual(before)
      expect(await available()).toEqual(availableBefore)
      expect(await sentNotifications(getContainer(), ITEM_MISSING)).toEqual([])
      // The order can be edited again: no order change was left open.
      const { data } = await report(pickupId, { item_id: large })
      expect(data.missing_item.refunded_amount).toBe(50)
    })

    it("undoes the pickup's cancel when the order cancel's step before it fails", async () => {
      const { orderId, pickupId, medium, large } = await placeOrder()
      await report(pickupId, { item_id: large })
      const before = await pickupState(getContainer(), orderId)
      const workflow = reportMissingPickupItemWorkflow(getContainer())
      workflow.insertActionBefore("fail", "cancel-order-as-step", {
        invoke: async () => {
          throw new Error("a later step failed")
        },
      })
      const { errors } = await workflow.run({ input: { pickup_id: pickupId, item_id: medium }, throwOnError: false })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await pickupState(getContainer(), orderId)).toEqual(before)
    })
  },
})
