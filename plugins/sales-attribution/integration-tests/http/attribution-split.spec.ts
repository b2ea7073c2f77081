import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import {
  AttributionWorld,
  awaitAttribution,
  centsOf,
  creditBaseCentsOf,
  openAttributionWorld,
  placeWebOrder,
  recordTouchpoint,
  signUpShopper,
} from "../helpers/attribution-world"

jest.setTimeout(240 * 1000)

// The app with onlineRule "split" and a 10 % click & collect store share.
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app-split"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
    })
    const sweater = () => [{ variant_id: world.variantIds.sweater, quantity: 1 }]

    it("splits a web order evenly to the cent between the two associates who touched, listed by first touch", async () => {
      const shopper = await signUpShopper(api, world, "camille@example.com")
      const lea = await recordTouchpoint(getContainer(), world, { by: "lea", store: "PAR-01", kind: "appointment", customerId: shopper.id, daysAgo: 3 })
      const hugo = await recordTouchpoint(getContainer(), world, { by: "hugo", store: "PAR-01", customerId: shopper.id, contact: "chat", daysAgo: 1 })
      const orderId = await placeWebOrder(api, world, { items: sweater(), shopper })

      const { header, records } = await awaitAttribution(getContainer(), orderId)
      const base = await creditBaseCentsOf(getContainer(), orderId)
      expect(base).toBe(7083) // (80 € + 5 € shipping) / 1.2
      expect(header).toEqual(
        expect.objectContaining({ rule: "split", reason: "split evenly between 2 associates who touched within 14 days: Léa (PAR-01), Hugo (PAR-01)" })
      )
      // Records written together share a creation time: compare them by amount.
      const byAmount = [...records].sort((a, b) => Number(b.amount) - Number(a.amount))
      expect(byAmount.map((r) => [r.associate_id, Number(r.amount), r.touchpoint_id, r.rule])).toEqual([
        [world.associateIds.lea, 35.42, lea.id, "split"],
        [world.associateIds.hugo, 35.41, hugo.id, "split"],
      ])
      expect(byAmount[1].reason).toBe("assisted by Hugo (PAR-01) by chat 1 day before; split evenly between 2 associates who touched within 14 days")
      expect(centsOf(records)).toBe(base)
    })

    it("gives 10 % of a click & collect order to the store that hands it over, the rest split, in one rounding pass", async () => {
      const shopper = await signUpShopper(api, world, "jeanne@example.com")
      await recordTouchpoint(getContainer(), world, { by: "lea", store: "PAR-01", customerId: shopper.id, daysAgo: 2 })
      await recordTouchpoint(getContainer(), world, { by: "ines", store: "CC-01", customerId: shopper.id, daysAgo: 1 })
      const orderId = await placeWebOrder(api, world, { items: sweater(), shopper, optionId: world.pickupOptionId })

      const { header, records } = await awaitAttribution(getContainer(), orderId)
      const base = await creditBaseCentsOf(getContainer(), orderId)
      expect(base).toBe(6667) // 80 € / 1.2, pickup is free
      expect(header.reason).toContain("; handed over at PAR-01 (click & collect): 10% store share")
      expect(records).toHaveLength(3)
      expect(records.map((r) => [r.beneficiary, r.associate_id, r.store_id, r.rule, Number(r.amount)])).toEqual(expect.arrayContaining([
        ["store", null, world.network.stores["PAR-01"].id, "click_collect_share", 6.67],
        ["associate", world.associateIds.lea, world.network.stores["PAR-01"].id, "split", 30],
        ["associate", world.associateIds.ines, world.network.stores["CC-01"].id, "split", 30],
      ]))
      expect(records.find((r) => r.beneficiary === "store").reason).toBe("handed over at PAR-01 (click & collect): 10% store share")
      expect(centsOf(records)).toBe(base)

      // With nobody touching: the store share and the house account.
      const guestOrder = await placeWebOrder(api, world, { items: sweater(), email: "guest@example.com", optionId: world.pickupOptionId })
      const guest = await awaitAttribution(getContainer(), guestOrder)
      expect(guest.records.map((r) => [r.beneficiary, Number(r.amount)]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
        ["store", 6.67],
        ["house", 60],
      ])
    })
  },
})
