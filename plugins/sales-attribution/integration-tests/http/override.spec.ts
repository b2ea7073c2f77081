import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import {
  adminLogin,
  attributionOf,
  attributionService,
  AttributionWorld,
  awaitAttribution,
  openAttributionWorld,
  placeWebOrder,
  posSale,
} from "../helpers/attribution-world"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
    })

    it("lets Maud (PAR-01 manager) give a house order to Léa with a reason: audited, the old record kept as superseded", async () => {
      const orderId = await placeWebOrder(api, world, { items: [{ variant_id: world.variantIds.sweater, quantity: 1 }], email: "walkin@example.com" })
      const before = await awaitAttribution(getContainer(), orderId)
      expect(before.header.rule).toBe("house")

      const { status, data } = await plainly<any>(
        "override",
        api.post(
          `/pos/attributions/${orderId}/override`,
          { reason: "  Léa served her in store, she paid on her phone  ", to: "associates", associate_ids: [world.associateIds.lea] },
          world.tablets.maud
        )
      )
      expect(status).toBe(200)
      const reason = 'override by Maud (PAR-01): "Léa served her in store, she paid on her phone"'
      expect(data.attribution).toEqual(expect.objectContaining({ rule: "override", reason, gross_amount: 70.83, net_amount: 70.83 }))
      const [override] = data.overrides
      expect(override).toEqual(
        expect.objectContaining({
          reason: "Léa served her in store, she paid on her phone",
          actor_type: "associate",
          actor_id: world.associateIds.maud,
          actor_name: "Maud Test",
          store_code: "PAR-01",
          assignment: { to: "associates", associate_ids: [world.associateIds.lea] },
        })
      )
      expect(override.previous).toEqual(
        expect.objectContaining({
          rule: "house",
          records: [expect.objectContaining({ id: before.records[0].id, beneficiary: "house", amount: 70.83 })],
        })
      )

      const after = await attributionOf(getContainer(), orderId)
      expect(after.records).toHaveLength(2)
      const [old, fresh] = after.records
      expect(old).toEqual(expect.objectContaining({ id: before.records[0].id, beneficiary: "house", superseded_by_override_id: override.id }))
      expect(old.superseded_at).not.toBeNull()
      expect(fresh).toEqual(
        expect.objectContaining({
          beneficiary: "associate",
          associate_id: world.associateIds.lea,
          store_id: world.network.stores["PAR-01"].id,
          rule: "override",
          reason: `${reason}; credited to Léa (PAR-01)`,
          written_by_override_id: override.id,
          superseded_at: null,
        })
      )
      expect(Number(fresh.amount)).toBe(70.83)
      const audits = await attributionService(getContainer()).listAttributionOverrides({ order_id: orderId })
      expect(audits).toHaveLength(1)
      // The admin's widget shows both records, the superseded one included.
      const { data: view } = await api.get(`/admin/orders/${orderId}/attribution`, await adminLogin(api))
      expect(view.records.map((r: any) => [r.label, r.superseded_at === null])).toEqual([
        ["House account", false],
        ["Léa Test (PAR-01)", true],
      ])
    })

    it("refuses associates (403), another store's manager (403), unknown orders (404), empty reasons and associates of another store (400); nothing written", async () => {
      const orderId = await posSale(api, world.tablets.lea)
      const before = await awaitAttribution(getContainer(), orderId)
      const body = { reason: "Hugo did the work", to: "associates", associate_ids: [world.associateIds.hugo] }
      const override = (tablet: any, payload: unknown = body, id = orderId) =>
        failure(api.post(`/pos/attributions/${id}/override`, payload, tablet))

      const byAssociate = await override(world.tablets.lea)
      expect(byAssociate.status).toBe(403)
      expect(byAssociate.data.message).toBe("Only a store manager can do this")
      const byOtherManager = await override(world.tablets.bruno, { reason: "mine", to: "house" })
      expect(byOtherManager.status).toBe(403)
      expect(byOtherManager.data.message).toContain("not credited to your store (LYO-01)")
      expect((await override(world.tablets.maud, body, "order_unknown")).status).toBe(404)
      const empty = await override(world.tablets.maud, { ...body, reason: "   " })
      expect(empty.status).toBe(400)
      expect((await override(world.tablets.maud, { ...body, extra: 1 })).status).toBe(400)
      const otherStore = await override(world.tablets.maud, { ...body, associate_ids: [world.associateIds.ines] })
      expect(otherStore.status).toBe(400)
      expect(otherStore.data.message).toContain("does not work at PAR-01")

      const after = await attributionOf(getContainer(), orderId)
      expect(after.header.rule).toBe("pos_sale")
      expect(after.records.map((r) => [r.id, r.superseded_at])).toEqual(before.records.map((r) => [r.id, null]))
      expect(await attributionService(getContainer()).listAttributionOverrides({ order_id: orderId })).toEqual([])
    })
  },
})
