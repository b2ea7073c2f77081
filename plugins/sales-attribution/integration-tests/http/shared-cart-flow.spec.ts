import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import {
  adminLogin,
  ageSharedCart,
  AttributionWorld,
  awaitAttribution,
  completeWebCart,
  openAttributionWorld,
  posCartOf,
  shareAndClaim,
  Shopper,
  signUpShopper,
  SWEATER,
} from "../helpers/attribution-world"

// @redis-tier: credit is written by an order.placed subscriber, which the event bus delivers

jest.setTimeout(300 * 1000)

/**
 * The whole shared-cart story through HTTP: Léa builds a cart on the tablet at PAR-01 and shares it, the customer
 * opens the link, takes the cart over and checks out on the web shop days later. The order's credit goes to Léa
 * and PAR-01 while the touchpoint is within the 14-day window, and to the web's house account after it.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    let camille: Shopper

    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
      camille = await signUpShopper(api, world, "camille@example.com")
    })

    it("credits Léa and PAR-01 when the customer checks out a shared cart 3 days later, and says why", async () => {
      const cartId = await posCartOf(api, world.tablets.lea, [SWEATER.barcode])
      const { data: shared } = await plainly<any>("share the cart", api.post("/pos/shared-carts", { cart_id: cartId }, world.tablets.lea))
      const token = shared.shared_cart.token as string
      const sharedCartId = shared.shared_cart.id as string
      expect(shared.shared_cart.url).toBe(`https://shop.example/shared-carts/${token}`)
      const { data: preview } = await plainly<any>("open the link", api.get(`/store/shared-carts/${token}`, camille.headers))
      expect(preview).toMatchObject({ associate: { first_name: "Léa" }, store: { code: "PAR-01" } })
      expect(JSON.stringify(preview)).not.toContain(cartId)
      await plainly("take the cart over", api.post(`/store/shared-carts/${token}/claim`, {}, camille.headers))

      // The sale has left the till: the store no longer lists it among its parked sales, and can't resume it.
      const { data: parked } = await plainly<any>("list the parked sales", api.get("/pos/carts", world.tablets.lea))
      expect(parked.carts.map((c: any) => c.cart_id)).not.toContain(cartId)
      const resumed = await failure(api.post(`/pos/carts/${cartId}/resume`, {}, world.tablets.lea))
      expect(resumed.status).toBe(400)
      expect(resumed.data.message).toMatch(/took it over online/)

      await ageSharedCart(getContainer(), sharedCartId, 3)

      const orderId = await completeWebCart(api, world, cartId, { shopper: camille })

      const base = await creditBaseOf(getContainer(), orderId)
      const { header, records } = await awaitAttribution(getContainer(), orderId)
      expect(header).toMatchObject({ rule: "last_touch" })
      expect(records).toHaveLength(1)
      expect(records[0]).toMatchObject({
        kind: "sale",
        beneficiary: "associate",
        associate_id: world.associateIds.lea,
        store_id: world.network.stores["PAR-01"].id,
        sales_channel_id: world.network.webChannelId,
        rule: "last_touch",
      })
      expect(Number(records[0].amount)).toBeCloseTo(base, 2)
      expect(records[0].reason).toMatch(
        new RegExp(`^shared cart ${sharedCartId} sent by Léa \\(PAR-01\\) 3 days before; last-touch within 14 days$`)
      )
      // The reason is what the admin's order page shows.
      const { data: { records: shown } } = await plainly<any>(
        "read the order's credit as the admin",
        api.get(`/admin/orders/${orderId}/attribution`, await adminLogin(api))
      )
      expect(shown.map((r: any) => r.reason)).toEqual([records[0].reason])
    })

    it("credits the web's house account when the shared cart is bought after the 14-day window", async () => {
      const { cartId, sharedCartId } = await shareAndClaim(api, world.tablets.lea, camille)
      await ageSharedCart(getContainer(), sharedCartId, 15)

      const orderId = await completeWebCart(api, world, cartId, { shopper: camille })

      const { header, records } = await awaitAttribution(getContainer(), orderId)
      expect(header).toMatchObject({ rule: "house" })
      expect(records).toEqual([
        expect.objectContaining({ beneficiary: "house", associate_id: null, store_id: null, rule: "house" }),
      ])
      expect(records[0].reason).toBe("no touchpoint within 14 days; credited to the House account (Web)")
      expect(Number(records[0].amount)).toBeCloseTo(await creditBaseOf(getContainer(), orderId), 2)
    })
  },
})

/** The order total net of tax, store credit counted: what attribution credits. */
async function creditBaseOf(container: MedusaContainer, orderId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["total", "tax_total", "credit_line_total"],
    filters: { id: orderId },
  })
  return Number((order as any).total) + Number((order as any).credit_line_total ?? 0) - Number((order as any).tax_total)
}
