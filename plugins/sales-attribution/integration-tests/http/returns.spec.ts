import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import path from "path"
import { reverseOrderAttributionWorkflow } from "../../src/workflows/reverse-order-attribution"
import {
  adminLogin,
  attributionOf,
  attributionService,
  AttributionWorld,
  awaitAttribution,
  centsOf,
  openAttributionWorld,
  orderLineOf,
  posSale,
  SOCKS,
  SWEATER,
  Tablet,
} from "../helpers/attribution-world"

// @redis-tier: two return events for one return, delivered by the event bus, reverse credit once

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
    })
    let keys = 0
    const withKey = (tablet: Tablet) => ({ headers: { ...tablet.headers, "idempotency-key": `return-${Date.now()}-${++keys}` } })
    const settle = () => new Promise((resolve) => setTimeout(resolve, 2000))
    const returnsOf = async (orderId: string) => {
      const { records } = await attributionOf(getContainer(), orderId)
      return records.filter((r) => r.kind === "return")
    }
    async function awaitReturnRecords(orderId: string, count: number) {
      const deadline = Date.now() + 15000
      for (;;) {
        const active = (await returnsOf(orderId)).filter((r) => !r.superseded_at)
        if (active.length >= count) {
          return active
        }
        if (Date.now() > deadline) {
          throw new Error(`Order ${orderId} has ${active.length} active return records, expected ${count}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }

    it("takes credit back for a partial store return in the sale's proportions, once although both return events fire; an override re-issues it", async () => {
      // Léa rings up 2 sweaters and socks: 170 € with VAT, 141.67 € credit base.
      const orderId = await posSale(api, world.tablets.lea, [SWEATER.barcode, SWEATER.barcode, SOCKS.barcode])
      await awaitAttribution(getContainer(), orderId)
      // Maud shares it between Léa and Hugo (70.84 € + 70.83 €).
      await plainly(
        "override to Léa and Hugo",
        api.post(`/pos/attributions/${orderId}/override`, { reason: "Hugo fitted the customer", to: "associates", associate_ids: [world.associateIds.lea, world.associateIds.hugo] }, world.tablets.maud)
      )

      const sweaterLine = await orderLineOf(getContainer(), orderId, SWEATER.sku)
      const { status } = await plainly<any>(
        "return one sweater at PAR-01",
        api.post(
          "/pos/returns",
          { order_id: orderId, lines: [{ line_item_id: sweaterLine, quantity: 1, condition: "resellable" }], refund_method: "cash" },
          withKey(world.tablets.lea)
        )
      )
      expect(status).toBe(201)
      const negatives = await awaitReturnRecords(orderId, 2)
      await settle()

      // One sweater of two: 133.33 € / 2 = 66.67 € taken back, split like the sale (70.84 : 70.83).
      const service = attributionService(getContainer())
      const reversed = await service.listAttributionReturns({ order_id: orderId })
      expect(reversed).toHaveLength(1)
      expect(Number(reversed[0].amount)).toBe(66.67)
      const returnId = reversed[0].return_id
      const after = await returnsOf(orderId)
      expect(after).toHaveLength(2)
      negatives.sort((a, b) => Number(a.amount) - Number(b.amount))
      expect(negatives.map((r) => [r.associate_id, Number(r.amount)])).toEqual([
        [world.associateIds.lea, -33.34],
        [world.associateIds.hugo, -33.33],
      ])
      expect(negatives[0]).toEqual(
        expect.objectContaining({
          kind: "return",
          return_id: returnId,
          rule: "override",
          reason: `return ${returnId} received: −€66.67 net of tax, in the sale's proportions`,
        })
      )

      // net = gross − returns, on the records and on the admin's view.
      const { records } = await attributionOf(getContainer(), orderId)
      const active = records.filter((r) => !r.superseded_at)
      const gross = centsOf(active.filter((r) => r.kind === "sale"))
      expect(gross).toBe(14167)
      expect(centsOf(active)).toBe(gross - 6667)
      const { data: view } = await api.get(`/admin/orders/${orderId}/attribution`, await adminLogin(api))
      expect(view.attribution).toEqual(expect.objectContaining({ gross_amount: 141.67, returned_amount: 66.67, net_amount: 75 }))

      // The events again, and the workflow once more: nothing new.
      const again = await reverseOrderAttributionWorkflow(getContainer()).run({
        input: { order_id: orderId, return_id: returnId, source: "store-returns.return.completed" },
      })
      expect(again.result).toEqual(expect.objectContaining({ reversed: false, skipped: "the return was already reversed" }))
      expect(await returnsOf(orderId)).toHaveLength(2)

      // Maud gives it all to the house account: the return is taken back from the house now, the old ones kept.
      await plainly("override to the house", api.post(`/pos/attributions/${orderId}/override`, { reason: "Web order after all", to: "house" }, world.tablets.maud))
      const all = await returnsOf(orderId)
      expect(all).toHaveLength(3)
      const live = all.filter((r) => !r.superseded_at)
      expect(live).toEqual([expect.objectContaining({ beneficiary: "house", return_id: returnId })])
      expect(Number(live[0].amount)).toBe(-66.67)
    })

    it("does not take credit back for an exchange at the counter: goods were swapped, the sale stands", async () => {
      const orderId = await posSale(api, world.tablets.lea)
      await awaitAttribution(getContainer(), orderId)
      const sweaterLine = await orderLineOf(getContainer(), orderId, SWEATER.sku)
      await plainly(
        "exchange the sweater for another",
        api.post(
          "/pos/exchanges",
          {
            order_id: orderId,
            return_lines: [{ line_item_id: sweaterLine, quantity: 1, condition: "resellable" }],
            new_items: [{ variant_id: world.variantIds.sweater, quantity: 1 }],
            refund_method: "cash",
          },
          withKey(world.tablets.lea)
        )
      )
      await settle()
      expect(await returnsOf(orderId)).toEqual([])
      expect(await attributionService(getContainer()).listAttributionReturns({ order_id: orderId })).toEqual([])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["returns.id"], filters: { id: orderId } })
      const { result } = await reverseOrderAttributionWorkflow(getContainer()).run({
        input: { order_id: orderId, return_id: (order as any).returns[0].id, source: "order.return_received" },
      })
      expect(result).toEqual(expect.objectContaining({ reversed: false, skipped: expect.stringContaining("an exchange") }))
    })
  },
})
