import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createStorePickupOptionWorkflow,
  expireOverduePickupsWorkflow,
  expirePickupWorkflow,
  remindPickupWorkflow,
} from "@passerelle/medusa-plugin-click-collect/workflows"
import { createNetwork, Network } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { Catalog, createCatalog, setStock } from "../helpers/catalog"
import { placePickupOrder, waitForPickup } from "../helpers/pickup-orders"
import { availableAtStore, pickupState, sentNotifications } from "../helpers/pickup-state"
import { readyPickupForTests } from "../helpers/ready-pickup-for-tests"

jest.setTimeout(180 * 1000)

const HOUR = 3600_000
const REMINDER = "click-collect.pickup-reminder"
const EXPIRED = "click-collect.pickup-expired"

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let catalog: Catalog
    let parisPickup: string
    let paris: string

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
      ])
      paris = network.stores["PAR-01"].stock_location_id
      catalog = await createCatalog(container, network, [
        { title: "Pull marin", variants: [{ sku: "PM-M" }, { sku: "PM-L" }] },
      ])
      await setStock(container, catalog, { "PM-M": { [paris]: 4, [network.warehouseId]: 10 }, "PM-L": { [paris]: 3 } })
      const { result } = await createStorePickupOptionWorkflow(container).run({
        input: { store_profile_id: network.stores["PAR-01"].id, shipping_profile_id: catalog.shippingProfileId },
      })
      parisPickup = result.shipping_option_id!
    })

    /** A two-line order (2 × PM-M, 1 × PM-L) ready at Paris; returns its ids and hold_until. */
    const readyOrder = async (email = "camille@example.com") => {
      const orderId = await placePickupOrder(api, {
        webKey: network.webKey,
        regionId: catalog.regionId,
        optionId: parisPickup,
        email,
        items: [
          { variant_id: catalog.variantIds["PM-M"], quantity: 2 },
          { variant_id: catalog.variantIds["PM-L"], quantity: 1 },
        ],
      })
      const pickup = await waitForPickup(getContainer(), orderId)
      const holdUntil = await readyPickupForTests(getContainer(), pickup.id)
      return { orderId, pickupId: pickup.id as string, holdUntil }
    }
    const at = (holdUntil: Date, offsetMs: number) => new Date(holdUntil.getTime() + offsetMs).toISOString()
    const available = () => availableAtStore(api, network.webKey, catalog.productIds["Pull marin"], "PAR-01")

    it("reminds the shopper once, a day before the hold ends", async () => {
      const { orderId, pickupId, holdUntil } = await readyOrder()
      const early = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: at(holdUntil, -25 * HOUR) } })
      expect(early.result).toEqual({ reminded: [], expired: [], failed: [] })

      const { result } = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: at(holdUntil, -23 * HOUR) } })
      expect(result).toEqual({ reminded: [pickupId], expired: [], failed: [] })
      const again = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: at(holdUntil, -22 * HOUR) } })
      expect(again.result).toEqual({ reminded: [], expired: [], failed: [] })

      const sent = await sentNotifications(getContainer(), REMINDER)
      expect(sent).toHaveLength(1)
      expect(sent[0]).toEqual(
        expect.objectContaining({
          to: "camille@example.com",
          channel: "email",
          data: expect.objectContaining({
            pickup_id: pickupId,
            order_id: orderId,
            hold_until: holdUntil.toISOString(),
            store: expect.objectContaining({ stock_location_id: paris, name: expect.any(String) }),
          }),
        })
      )
      const state = await pickupState(getContainer(), orderId)
      expect(state.pickup.status).toBe("ready")
      expect(new Date(state.pickup.reminded_at).toISOString()).toBe(at(holdUntil, -23 * HOUR))
      expect(state.pickup.events.filter((type) => type === "reminder_sent")).toHaveLength(1)
    })

    it("expires a parcel past its hold: order canceled and refunded, stock back at the store", async () => {
      const { orderId, pickupId, holdUntil } = await readyOrder()
      const before = await pickupState(getContainer(), orderId)
      expect(before.open_fulfillments).toBe(1)
      expect(before.reservations).toEqual([])
      // Ready: 2 and 1 units left the shelf; the safety buffer keeps one back.
      expect(await available()).toEqual({ [catalog.variantIds["PM-M"]]: 1, [catalog.variantIds["PM-L"]]: 1 })

      const notYet = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: at(holdUntil, -60_000) } })
      // A minute before the end it is only reminded (late: the job missed the 24 h mark).
      expect(notYet.result).toEqual({ reminded: [pickupId], expired: [], failed: [] })

      const { result } = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: at(holdUntil, 60_000) } })
      expect(result).toEqual({ reminded: [], expired: [pickupId], failed: [] })

      const after = await pickupState(getContainer(), orderId)
      expect(after.status).toBe("canceled")
      expect(after.open_fulfillments).toBe(0)
      expect(after.refunds).toEqual([before.total])
      expect(after.reservations).toEqual([])
      expect(after.pickup.status).toBe("expired")
      expect(new Date(after.pickup.expired_at).toISOString()).toBe(at(holdUntil, 60_000))
      expect(after.pickup.events).toEqual(["expired", "placed", "ready", "reminder_sent"])
      expect(await available()).toEqual({ [catalog.variantIds["PM-M"]]: 3, [catalog.variantIds["PM-L"]]: 2 })

      const sent = await sentNotifications(getContainer(), EXPIRED)
      expect(sent).toHaveLength(1)
      expect(sent[0]).toEqual(
        expect.objectContaining({ to: "camille@example.com", data: expect.objectContaining({ pickup_id: pickupId, order_id: orderId }) })
      )
      expect(await sentNotifications(getContainer(), REMINDER)).toHaveLength(1)

      // A second run finds nothing left to do.
      const again = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: at(holdUntil, 2 * HOUR) } })
      expect(again.result).toEqual({ reminded: [], expired: [], failed: [] })
      expect(await sentNotifications(getContainer(), EXPIRED)).toHaveLength(1)
    })

    it("goes on with the other pickups when one fails, and retries it next time", async () => {
      const first = await readyOrder("first@example.com")
      const second = await readyOrder("second@example.com")
      const locking = getContainer().resolve(Modules.LOCKING)
      // The counter holds the first pickup (a hand-over in progress): its expiry times out waiting for the lock.
      await locking.acquire(first.pickupId, { ownerId: "counter", expire: 60 })
      const late = at(second.holdUntil, HOUR)
      const { result } = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: late } })
      expect(result.expired).toEqual([second.pickupId])
      expect(result.failed).toEqual([{ pickup_id: first.pickupId, error: expect.any(String) }])
      expect((await pickupState(getContainer(), first.orderId)).pickup.status).toBe("ready")
      expect((await pickupState(getContainer(), first.orderId)).status).not.toBe("canceled")
      expect((await pickupState(getContainer(), second.orderId)).pickup.status).toBe("expired")

      await locking.release(first.pickupId, { ownerId: "counter" })
      const retry = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: late } })
      expect(retry.result.expired).toEqual([first.pickupId])
    })

    it("undoes the reminder's writes when the step before the notification fails", async () => {
      const { orderId, pickupId, holdUntil } = await readyOrder()
      const before = await pickupState(getContainer(), orderId)
      const workflow = remindPickupWorkflow(getContainer())
      workflow.insertActionBefore("fail", "send-notifications", {
        invoke: async () => {
          throw new Error("a later step failed")
        },
      })
      const { errors } = await workflow.run({ input: { pickup_id: pickupId, now: at(holdUntil, -HOUR) }, throwOnError: false })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await pickupState(getContainer(), orderId)).toEqual(before)
      expect(await sentNotifications(getContainer(), REMINDER)).toEqual([])
    })

    it("undoes the reminder's writes when its last step fails (the sent email stays sent)", async () => {
      const { orderId, pickupId, holdUntil } = await readyOrder()
      const before = await pickupState(getContainer(), orderId)
      const workflow = remindPickupWorkflow(getContainer())
      workflow.appendAction("fail", "read-pickup-notice", {
        invoke: async () => {
          throw new Error("a later step failed")
        },
      })
      const { errors } = await workflow.run({ input: { pickup_id: pickupId, now: at(holdUntil, -HOUR) }, throwOnError: false })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await pickupState(getContainer(), orderId)).toEqual(before)
      // The reminder is due again: the next run sends it (twice rather than never).
      const { result } = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: at(holdUntil, -HOUR) } })
      expect(result.reminded).toEqual([pickupId])
    })

    it("undoes the expiry's writes when a step fails before the irreversible ones", async () => {
      const { orderId, pickupId, holdUntil } = await readyOrder()
      const before = await pickupState(getContainer(), orderId)
      const availableBefore = await available()
      const workflow = expirePickupWorkflow(getContainer())
      workflow.insertActionBefore("fail", "cancel-order-fulfillment-as-step", {
        invoke: async () => {
          throw new Error("a later step failed")
        },
      })
      const { errors } = await workflow.run({ input: { pickup_id: pickupId, now: at(holdUntil, HOUR) }, throwOnError: false })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await pickupState(getContainer(), orderId)).toEqual(before)
      expect(await available()).toEqual(availableBefore)
      expect(await sentNotifications(getContainer(), EXPIRED)).toEqual([])
      // And the job then expires it normally.
      const { result } = await expireOverduePickupsWorkflow(getContainer()).run({ input: { now: at(holdUntil, HOUR) } })
      expect(result.expired).toEqual([pickupId])
    })
  },
})
