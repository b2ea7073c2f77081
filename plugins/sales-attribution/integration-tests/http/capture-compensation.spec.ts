import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  claimSharedCartWorkflow,
  createSharedCartWorkflow,
  recordTouchpointWorkflow,
} from "@passerelle/medusa-plugin-sales-attribution/workflows"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import path from "path"
import {
  AttributionWorld,
  attributionService,
  openAttributionWorld,
  posCartOf,
  Shopper,
  signUpShopper,
  SOCKS,
  SWEATER,
} from "../helpers/attribution-world"
import { hashSharedCartToken, newSharedCartToken } from "../../src/utils/shared-cart-token"

jest.setTimeout(300 * 1000)

/**
 * The capture workflows, each made to fail after its last write: what they wrote is undone (no touchpoint, no
 * shared cart or its claim, the POS sale open again, the cart's customer and channel as before), and the same
 * request succeeds afterwards (the locks were released).
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    let camille: Shopper
    const boom = {
      invoke: async () => {
        throw new Error("a later step failed")
      },
    }

    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
      camille = await signUpShopper(api, world, "camille@example.com", "Camille")
    })

    const stateOf = async (cartId: string) => {
      const service = attributionService(getContainer())
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [cart] } = await query.graph({
        entity: "cart",
        fields: [
          "id",
          "customer_id",
          "email",
          "sales_channel_id",
          "items.id",
          "items.quantity",
          "pos_cart.status",
          "pos_cart.parked_at",
          "pos_cart.parked_note",
          "pos_cart.parked_snapshot",
        ],
        filters: { id: cartId },
      })
      // A record written then restored keeps its fields, not its updated_at.
      const withoutUpdatedAt = (rows: any[]) => rows.map(({ updated_at: _updatedAt, ...row }) => row)
      return {
        sharedCarts: withoutUpdatedAt(await service.listSharedCarts({ cart_id: cartId })),
        touchpoints: withoutUpdatedAt(await service.listTouchpoints({})),
        cart,
      }
    }

    const shareInput = (cartId: string, tokenHash: string) => ({
      cart_id: cartId,
      store: { id: world.network.stores["PAR-01"].id, stock_location_id: world.network.stores["PAR-01"].stock_location_id },
      associate_id: world.associateIds.lea,
      token_hash: tokenHash,
      at: new Date(),
    })

    it("create-shared-cart: no touchpoint, no shared cart, the POS sale open again", async () => {
      const cartId = await posCartOf(api, world.tablets.lea, [SWEATER.barcode, SOCKS.barcode])
      const before = await stateOf(cartId)
      expect((before.cart as any).pos_cart.status).toBe("open")

      const workflow = createSharedCartWorkflow(getContainer())
      workflow.appendAction("fail", "create-shared-cart-record", boom)
      const { errors } = await workflow.run({
        input: shareInput(cartId, newSharedCartToken().token_hash),
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await stateOf(cartId)).toEqual(before)

      const { status } = await api.post("/pos/shared-carts", { cart_id: cartId }, world.tablets.lea)
      expect(status).toBe(201)
    })

    it("claim-shared-cart: the shared cart unclaimed, its touchpoint without customer, the cart back in the POS channel without customer", async () => {
      const cartId = await posCartOf(api, world.tablets.lea, [SWEATER.barcode])
      const { data } = await plainly<any>("share", api.post("/pos/shared-carts", { cart_id: cartId }, world.tablets.lea))
      const before = await stateOf(cartId)
      expect(before.cart).toEqual(expect.objectContaining({ customer_id: null, sales_channel_id: world.network.posChannelId }))

      const workflow = claimSharedCartWorkflow(getContainer())
      workflow.appendAction("fail", "transfer-cart-customer-as-step", boom)
      const { errors } = await workflow.run({
        input: {
          token_hash: hashSharedCartToken(data.shared_cart.token),
          customer_id: camille.id,
          sales_channel_id: world.network.webChannelId,
          at: new Date(),
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await stateOf(cartId)).toEqual(before)

      const claimed = await api.post(`/store/shared-carts/${data.shared_cart.token}/claim`, {}, camille.headers)
      expect(claimed.status).toBe(200)
      expect(claimed.data.cart.customer_id).toBe(camille.id)
    })

    it("claim-shared-cart: a cart Léa gave a customer goes back to that customer and their email", async () => {
      const dominique = await signUpShopper(api, world, "dominique@example.com", "Dominique")
      const cartId = await posCartOf(api, world.tablets.lea, [SWEATER.barcode], dominique.id)
      const { data } = await plainly<any>("share", api.post("/pos/shared-carts", { cart_id: cartId }, world.tablets.lea))
      const before = await stateOf(cartId)
      expect(before.cart).toEqual(expect.objectContaining({ customer_id: dominique.id, email: dominique.email }))

      const workflow = claimSharedCartWorkflow(getContainer())
      workflow.appendAction("fail", "transfer-cart-customer-as-step", boom)
      const { errors } = await workflow.run({
        input: {
          token_hash: hashSharedCartToken(data.shared_cart.token),
          customer_id: camille.id,
          sales_channel_id: world.network.webChannelId,
          at: new Date(),
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await stateOf(cartId)).toEqual(before)
    })

    it("record-touchpoint: no touchpoint", async () => {
      const workflow = recordTouchpointWorkflow(getContainer())
      workflow.appendAction("fail", "create-touchpoint", boom)
      const { errors } = await workflow.run({
        input: {
          kind: "assisted",
          associate_id: world.associateIds.ines,
          store_id: world.network.stores["CC-01"].id,
          customer_id: camille.id,
          contact: "phone",
          at: new Date(),
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")
      expect(await attributionService(getContainer()).listTouchpoints({})).toEqual([])
    })
  },
})
