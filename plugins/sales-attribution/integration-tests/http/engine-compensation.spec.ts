import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import path from "path"
import { attributeOrderWorkflow } from "../../src/workflows/attribute-order"
import { overrideOrderAttributionWorkflow } from "../../src/workflows/override-order-attribution"
import { reverseOrderAttributionWorkflow } from "../../src/workflows/reverse-order-attribution"
import {
  attributionOf,
  attributionService,
  AttributionWorld,
  awaitAttribution,
  forgetAttribution,
  openAttributionWorld,
  orderLineOf,
  posSale,
  signUpShopper,
  SOCKS,
  SWEATER,
} from "../helpers/attribution-world"

jest.setTimeout(300 * 1000)

const boom = {
  invoke: async () => {
    throw new Error("a later step failed")
  },
}

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
    })

    it("attribute-order and override-order-attribution, failed after their last write, leave nothing behind", async () => {
      const container = getContainer()
      const shopper = await signUpShopper(api, world, "camille@example.com")
      const orderId = await posSale(api, world.tablets.lea, [SWEATER.barcode], shopper.id)
      await awaitAttribution(container, orderId)
      await forgetAttribution(container, orderId)

      const attribute = attributeOrderWorkflow(container)
      attribute.appendAction("fail", "release-order-attribution-lock", boom)
      const { errors } = await attribute.run({ input: { order_id: orderId }, throwOnError: false })
      expect(errors.map((e: any) => e.error.message)).toEqual(["a later step failed"])
      expect(await attributionOf(container, orderId)).toEqual({ header: null, records: [] })
      expect(await attributionService(container).listTouchpoints({ order_id: orderId })).toEqual([])
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "order_attribution.id"], filters: { id: orderId } })
      expect((order as any).order_attribution ?? null).toBeNull()

      // The order can be attributed again: the claim, the lock and the pos_sale touchpoint are free.
      const { result } = await attributeOrderWorkflow(container).run({ input: { order_id: orderId } })
      expect(result.created).toBe(true)
      const before = await attributionOf(container, orderId)

      const override = overrideOrderAttributionWorkflow(container)
      override.appendAction("fail", "release-override-attribution-lock", boom)
      const failed = await override.run({
        input: {
          order_id: orderId,
          reason: "Hugo did the work",
          actor: { type: "associate", id: world.associateIds.maud },
          store_id: world.network.stores["PAR-01"].id,
          assignment: { to: "associates", associate_ids: [world.associateIds.hugo] },
          at: new Date().toISOString(),
        },
        throwOnError: false,
      })
      expect(failed.errors.map((e: any) => e.error.message)).toEqual(["a later step failed"])
      const after = await attributionOf(container, orderId)
      expect(after.header).toEqual(expect.objectContaining({ rule: "pos_sale", reason: before.header.reason }))
      expect(after.records.map((r) => [r.id, r.superseded_at, r.superseded_by_override_id])).toEqual(before.records.map((r) => [r.id, null, null]))
      expect(await attributionService(container).listAttributionOverrides({ order_id: orderId })).toEqual([])
    })

    it("reverse-order-attribution, failed after its last write, leaves no claim and no negative record", async () => {
      const container = getContainer()
      const orderId = await posSale(api, world.tablets.lea, [SWEATER.barcode, SOCKS.barcode])
      await awaitAttribution(container, orderId)
      const service = attributionService(container)
      const socksLine = await orderLineOf(container, orderId, SOCKS.sku)
      await plainly(
        "return the socks",
        api.post(
          "/pos/returns",
          { order_id: orderId, lines: [{ line_item_id: socksLine, quantity: 1, condition: "resellable" }], refund_method: "cash" },
          { headers: { ...world.tablets.lea.headers, "idempotency-key": `return-${orderId}` } }
        )
      )
      // Wait for the subscriber's reversal, then undo it by hand to replay the workflow.
      const deadline = Date.now() + 15000
      let claims: any[] = []
      while (!(claims = await service.listAttributionReturns({ order_id: orderId })).length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      // Both return events must be handled (the second finds the return reversed) before the test undoes it.
      await new Promise((resolve) => setTimeout(resolve, 5000))
      expect(claims).toHaveLength(1)
      const returnId = claims[0].return_id
      const negatives = (await attributionOf(container, orderId)).records.filter((r) => r.kind === "return")
      expect(negatives.map((r) => Number(r.amount))).toEqual([-8.33])
      await service.deleteAttributionRecords(negatives.map((r) => r.id))
      await service.deleteAttributionReturns(claims[0].id)

      const reverse = reverseOrderAttributionWorkflow(container)
      reverse.appendAction("fail", "release-return-attribution-lock", boom)
      const { errors } = await reverse.run({ input: { order_id: orderId, return_id: returnId, source: "order.return_received" }, throwOnError: false })
      expect(errors.map((e: any) => e.error.message)).toEqual(["a later step failed"])
      expect(await service.listAttributionReturns({ order_id: orderId })).toEqual([])
      expect((await attributionOf(container, orderId)).records.filter((r) => r.kind === "return")).toEqual([])

      const { result } = await reverseOrderAttributionWorkflow(container).run({
        input: { order_id: orderId, return_id: returnId, source: "order.return_received" },
      })
      expect(result).toEqual(expect.objectContaining({ reversed: true, amount: 8.33 }))
    })
  },
})
