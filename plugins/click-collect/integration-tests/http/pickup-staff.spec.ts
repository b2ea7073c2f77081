import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  collectPickupWorkflow,
  markPickupReadyWorkflow,
  startPickupPreparationWorkflow,
} from "@passerelle/medusa-plugin-click-collect/workflows"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { openPickupStores, PickupStores } from "../helpers/pickup-stores"

jest.setTimeout(240 * 1000)

const READY_TEMPLATE = "click-collect.pickup-ready"

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: PickupStores

    beforeEach(async () => {
      world = await openPickupStores(getContainer(), api)
    })

    const clickCollect = () => getContainer().resolve("clickCollect") as any

    /** The pickup's columns and timeline, and its order's fulfilments, as stored. */
    const stateOf = async (pickupId: string) => {
      // updated_at moves on an undo too: the columns that mean something are compared.
      const { updated_at: _updated, ...pickup } = await clickCollect().retrievePickup(pickupId)
      const events = await clickCollect().listPickupEvents({ pickup_id: pickupId }, { order: { created_at: "ASC" } })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [withOrder],
      } = await query.graph({
        entity: "pickup",
        fields: [
          "order.id",
          "order.fulfillments.id",
          "order.fulfillments.location_id",
          "order.fulfillments.delivered_at",
          "order.fulfillments.canceled_at",
          "order.items.detail.fulfilled_quantity",
          "order.items.detail.delivered_quantity",
        ],
        filters: { id: pickupId },
      })
      const order = (withOrder as any).order
      // fulfillment_status is computed by Medusa's order detail workflow, not stored.
      const { result: detail } = await getOrderDetailWorkflow(getContainer()).run({
        input: { order_id: order.id, fields: ["id", "fulfillment_status"] },
      })
      return {
        pickup,
        timeline: events.map((e: any) => e.type),
        fulfillments: (order.fulfillments ?? []).filter((f: any) => f && !f.canceled_at),
        fulfillment_status: (detail as any).fulfillment_status,
        fulfilled: (order.items ?? []).map((i: any) => Number(i.detail?.fulfilled_quantity ?? 0)),
        delivered: (order.items ?? []).map((i: any) => Number(i.detail?.delivered_quantity ?? 0)),
      }
    }

    const readyNotifications = async (orderId: string): Promise<any[]> =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: READY_TEMPLATE })).filter(
        (n: any) => n.resource_id === orderId
      )

    /** Requests that fail reject with a plain Error naming the answer (an AxiosError is circular: jest --json breaks). */
    const plain = (request: Promise<any>): Promise<any> =>
      request.catch((error: any) => {
        const failed = new Error(`${error.response?.status ?? "no response"}: ${JSON.stringify(error.response?.data ?? error.message)}`)
        ;(failed as any).response = error.response && { status: error.response.status, data: error.response.data }
        throw failed
      })
    const post = (pickupId: string, action: string, body: unknown, tablet = world.paris) =>
      plain(api.post(`/pos/pickups/${pickupId}/${action}`, body, tablet))
    const get = (url: string, tablet: { headers: Record<string, string> } = world.paris) => plain(api.get(url, tablet))

    const readyPickup = async () => {
      const { orderId, pickup } = await world.orderAtParis()
      await post(pickup.id, "preparing", {})
      await post(pickup.id, "ready", {})
      const [notification] = await readyNotifications(orderId)
      return { orderId, pickup, code: notification.data!.code as string, qr: notification.data!.qr as string }
    }

    it("takes a pickup from the queue to the hand-over, locking code checks after 5 wrong codes", async () => {
      const { orderId, pickup } = await world.orderAtParis()
      const parisLocation = world.network.stores["PAR-01"].stock_location_id

      const { data: queue } = await get("/pos/pickups", world.paris)
      expect(queue.count).toBe(1)
      expect(queue.counts).toEqual(expect.objectContaining({ placed: 1, preparing: 0, ready: 0, collected: 0 }))
      expect(queue.pickups[0]).toEqual(
        expect.objectContaining({
          id: pickup.id,
          status: "placed",
          code_hint: null,
          minutes_waiting: 0,
          minutes_since_ready: null,
          overdue: false,
          order: expect.objectContaining({
            id: orderId,
            display_id: expect.any(Number),
            email: "camille@example.com",
            customer_name: "Camille Martin",
            items: [expect.objectContaining({ title: "Pull marin", variant_title: "PM-M", sku: "PM-M", quantity: 2 })],
          }),
        })
      )

      const { data: preparing } = await post(pickup.id, "preparing", {})
      expect(preparing.pickup).toEqual(expect.objectContaining({ status: "preparing", preparing_at: expect.any(String) }))

      const { data: ready } = await post(pickup.id, "ready", {})
      expect(ready.pickup).toEqual(
        expect.objectContaining({ status: "ready", code_hint: expect.stringMatching(/^.{2}$/), minutes_since_ready: 0 })
      )
      expect(JSON.stringify(ready)).not.toMatch(/"code"/)
      const holdDays = (new Date(ready.pickup.hold_until).getTime() - new Date(ready.pickup.ready_at).getTime()) / 86400000
      expect(holdDays).toBeCloseTo(5)

      const [notification] = await readyNotifications(orderId)
      expect(notification).toEqual(
        expect.objectContaining({ to: "camille@example.com", channel: "email", template: READY_TEMPLATE })
      )
      const code = notification.data!.code as string
      expect(code).toMatch(/^[A-Z0-9]{6}$/)
      expect(code.slice(-2)).toBe(ready.pickup.code_hint)
      expect(notification.data).toEqual(
        expect.objectContaining({
          order_display_id: queue.pickups[0].order.display_id,
          qr: `passerelle:pickup:${pickup.id}:${code}`,
          store: expect.objectContaining({ name: "Paris Marais", address: expect.objectContaining({ city: "Paris" }) }),
          hold_until: ready.pickup.hold_until,
        })
      )
      let state = await stateOf(pickup.id)
      expect(state.fulfillments).toEqual([expect.objectContaining({ location_id: parisLocation, delivered_at: null })])
      expect(state.fulfilled).toEqual([2])

      const { data: readyQueue } = await get("/pos/pickups?status=ready", world.paris)
      expect(readyQueue.pickups.map((p: any) => [p.id, p.minutes_since_ready])).toEqual([[pickup.id, 0]])

      const wrong = code === "AAAAAA" ? "CCCCCC" : "AAAAAA"
      for (const left of [4, 3, 2, 1]) {
        const response = await failure(post(pickup.id, "collect", { code: wrong }))
        expect(response.status).toBe(400)
        expect(response.data.message).toBe(`Wrong code: ${left} ${left === 1 ? "try" : "tries"} left`)
      }
      const fifth: any = await failure(post(pickup.id, "collect", { code: wrong }))
      expect(fifth.status).toBe(429)
      expect(fifth.data.message).toMatch(/locked until \d{4}-/)
      const sixth: any = await failure(post(pickup.id, "collect", { code }))
      expect(sixth.status).toBe(429)
      expect(sixth.data.locked_until).toBe(fifth.data.locked_until)
      state = await stateOf(pickup.id)
      expect(state.pickup).toEqual(expect.objectContaining({ status: "ready", failed_code_attempts: 0 }))
      expect(state.timeline).toEqual(["placed", "preparing", "ready", "code_locked"])

      // The lock ends (15 minutes pass).
      await clickCollect().updatePickups({ id: pickup.id, code_locked_until: new Date(Date.now() - 1000) })
      const { data: collected } = await post(pickup.id, "collect", { code: code.toLowerCase() })
      expect(collected.pickup).toEqual(
        expect.objectContaining({ status: "collected", collected_at: expect.any(String), collected_by: expect.any(String) })
      )
      expect(collected.pickup.timeline.map((e: any) => e.type)).toEqual([
        "placed",
        "preparing",
        "ready",
        "code_locked",
        "collected",
      ])
      state = await stateOf(pickup.id)
      expect(state.fulfillments).toEqual([expect.objectContaining({ delivered_at: expect.anything() })])
      expect(state.delivered).toEqual([2])
      expect(state.fulfillment_status).toBe("delivered")

      const { data: after } = await get("/pos/pickups", world.paris)
      expect(after.count).toBe(0)
      expect(after.counts).toEqual(expect.objectContaining({ placed: 0, ready: 0, collected: 1 }))
    })

    it("collects by the QR payload, and refuses a QR of another pickup", async () => {
      const first = await readyPickup()
      const second = await readyPickup()
      const crossed = await failure(post(first.pickup.id, "collect", { qr: second.qr }))
      expect(crossed.status).toBe(400)
      expect(crossed.data.message).toContain("another pickup")
      const notOurs = await failure(post(first.pickup.id, "collect", { qr: "https://example.com" }))
      expect(notOurs.status).toBe(400)

      const { data } = await post(first.pickup.id, "collect", { qr: first.qr })
      expect(data.pickup.status).toBe("collected")
      expect((await stateOf(second.pickup.id)).pickup).toEqual(
        expect.objectContaining({ status: "ready", failed_code_attempts: 0 })
      )
    })

    it("shows and lets act on a store's pickups only to that store's associates", async () => {
      const { pickup } = await world.orderAtParis()
      const { data: lyonQueue } = await get("/pos/pickups?status=placed,preparing,ready,collected", world.lyon)
      expect(lyonQueue).toEqual(expect.objectContaining({ count: 0, pickups: [] }))
      expect(lyonQueue.counts.placed).toBe(0)

      expect((await failure(get(`/pos/pickups/${pickup.id}`, world.lyon))).status).toBe(403)
      for (const [action, body] of [
        ["preparing", {}],
        ["ready", {}],
        ["collect", { code: "ACDEFG" }],
      ] as const) {
        expect((await failure(post(pickup.id, action, body, world.lyon))).status).toBe(403)
      }
      // Naming Paris in the header doesn't make Hugo a Paris associate.
      const asParis = { headers: { ...world.lyon.headers, "x-passerelle-store": "PAR-01" } }
      expect((await failure(get("/pos/pickups", asParis))).status).toBe(403)
      expect((await failure(post(pickup.id, "preparing", {}, asParis))).status).toBe(403)
      const byId = { headers: { ...world.lyon.headers, "x-passerelle-store": world.network.stores["PAR-01"].id } }
      expect((await failure(post(pickup.id, "preparing", {}, byId))).status).toBe(403)

      expect((await stateOf(pickup.id)).pickup.status).toBe("placed")
      expect((await get(`/pos/pickups/${pickup.id}`, world.paris)).data.pickup.timeline).toEqual([
        expect.objectContaining({ type: "placed" }),
      ])
    })

    it("refuses bad input with 400 and changes nothing", async () => {
      const { pickup, code } = await readyPickup()
      const before = await stateOf(pickup.id)
      const cases: [string, unknown, RegExp][] = [
        ["collect", {}, /exactly one of code or qr/],
        ["collect", { code, qr: `passerelle:pickup:${pickup.id}:${code}` }, /exactly one of code or qr/],
        ["collect", { code, note: "hi" }, /note/],
        ["collect", { code: "ABC" }, /6 characters/],
        ["ready", { force: true }, /force/],
      ]
      for (const [action, body, message] of cases) {
        const response = await failure(post(pickup.id, action, body))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      }
      expect((await failure(get("/pos/pickups?status=lost", world.paris))).status).toBe(400)
      expect((await failure(get("/pos/pickups?colour=red", world.paris))).status).toBe(400)
      expect(await stateOf(pickup.id)).toEqual(before)

      await post(pickup.id, "collect", { code })
      const collected = await stateOf(pickup.id)
      for (const action of ["ready", "preparing"]) {
        const response = await failure(post(pickup.id, action, {}))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/This pickup is collected/)
      }
      const again = await failure(post(pickup.id, "collect", { code }))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/only a ready pickup can be collected/)
      expect(await stateOf(pickup.id)).toEqual(collected)
      expect((await failure(get("/pos/pickups/pkup_nope", world.paris))).status).toBe(404)
    })

    describe("compensation", () => {
      const failAtTheEnd = (workflow: any, stepId: string) => {
        workflow.appendAction("fail", stepId, {
          invoke: async () => {
            throw new Error("a later step failed")
          },
        })
        return workflow
      }
      const associateId = "assoc_test"

      it("puts a pickup back to placed when starting preparation fails", async () => {
        const { pickup } = await world.orderAtParis()
        const before = await stateOf(pickup.id)
        const workflow = failAtTheEnd(startPickupPreparationWorkflow(getContainer()), "transition-pickup")
        const { errors } = await workflow.run({ input: { pickup_id: pickup.id, associate_id: associateId }, throwOnError: false })
        expect(errors[0].error.message).toBe("a later step failed")
        expect(await stateOf(pickup.id)).toEqual(before)
      })

      it("undoes the ready status, the code and the fulfilment when marking ready fails", async () => {
        const { pickup } = await world.orderAtParis()
        await post(pickup.id, "preparing", {})
        const before = await stateOf(pickup.id)
        expect(before.fulfillments).toEqual([])
        const workflow = failAtTheEnd(markPickupReadyWorkflow(getContainer()), "send-notifications")
        const { errors } = await workflow.run({ input: { pickup_id: pickup.id, associate_id: associateId }, throwOnError: false })
        expect(errors[0].error.message).toBe("a later step failed")
        const after = await stateOf(pickup.id)
        expect(after).toEqual(before)
        expect(after.pickup).toEqual(expect.objectContaining({ status: "preparing", code_hash: null, ready_at: null }))
        // And it can be marked ready again, for real.
        const { data } = await post(pickup.id, "ready", {})
        expect(data.pickup.status).toBe("ready")
      })

      it("undoes the hand-over and the delivery when collecting fails", async () => {
        const { pickup, code } = await readyPickup()
        const before = await stateOf(pickup.id)
        const workflow = failAtTheEnd(collectPickupWorkflow(getContainer()), "transition-pickup")
        const { errors } = await workflow.run({
          input: { pickup_id: pickup.id, code, associate_id: associateId },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("a later step failed")
        const after = await stateOf(pickup.id)
        expect(after).toEqual(before)
        expect(after.fulfillments).toEqual([expect.objectContaining({ delivered_at: null })])
        const { data } = await post(pickup.id, "collect", { code })
        expect(data.pickup.status).toBe("collected")
      })

      it("undoes a counted wrong code when a later step fails", async () => {
        const { pickup, code } = await readyPickup()
        const before = await stateOf(pickup.id)
        const workflow = failAtTheEnd(collectPickupWorkflow(getContainer()), "check-pickup-code")
        const { errors } = await workflow.run({
          input: { pickup_id: pickup.id, code: code === "AAAAAA" ? "CCCCCC" : "AAAAAA", associate_id: associateId },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("a later step failed")
        expect(await stateOf(pickup.id)).toEqual(before)
      })
    })
  },
})
