import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainly, SHOPPER_ADDRESS } from "@passerelle/medusa-plugin-stores/testing/checkout"
import path from "path"
import { captureOrderPayment, deliverFromWarehouse, openReturnWorld, ReturnWorld, SWEATER } from "../helpers/return-world"
import { paidFor, preparePayment, Shopper, signUpShopper } from "../helpers/store-credit-shopping"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: ReturnWorld
    let shopper: Shopper
    beforeEach(async () => {
      world = await openReturnWorld(getContainer(), api)
      shopper = await signUpShopper(api, { key: world.network.webKey }, "camille@example.com")
    })

    /** A cart of the signed-in shopper: one sweater, delivered from the warehouse. */
    const sweaterCart = async () => {
      const { data: { cart } } = await plainly<any>(
        "create the cart",
        api.post(
          "/store/carts",
          { region_id: world.regionId, email: shopper.email, shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS },
          shopper.headers
        )
      )
      await plainly<any>("add the sweater", api.post(`/store/carts/${cart.id}/line-items`, { variant_id: world.variantIds.sweater, quantity: 1 }, shopper.headers))
      await plainly<any>(
        "choose home delivery",
        api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: world.warehouseDeliveryOptionId }, shopper.headers)
      )
      return cart.id as string
    }
    const complete = async (cartId: string) => {
      await preparePayment(api, shopper, cartId)
      const { data } = await plainly<any>("complete the cart", api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers))
      if (data.type !== "order") {
        throw new Error(`The cart didn't complete: ${JSON.stringify(data)}`)
      }
      return data.order
    }
    const refundedOn = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.refunds.amount"],
        filters: { id: orderId },
      })
      return ((order as any).payment_collections ?? [])
        .flatMap((c: any) => c.payments ?? [])
        .flatMap((p: any) => p.refunds ?? [])
        .reduce((sum: number, r: any) => sum + Number(r.amount), 0)
    }
    const balance = async () => {
      const { data } = await plainly<any>("read the balance", api.get("/store/customers/me/store-credit", shopper.headers))
      return data.store_credit.balances.map((b: any) => [b.currency_code, b.balance])
    }

    it("refunds a return to store credit, which the same shopper then spends on a new web order", async () => {
      const first = await complete(await sweaterCart())
      await captureOrderPayment(getContainer(), first.id)
      await deliverFromWarehouse(getContainer(), world, first.id)
      const line = first.items.find((item: any) => item.variant_sku === SWEATER.sku)

      const { status, data } = await api.post(
        "/pos/returns",
        { order_id: first.id, lines: [{ line_item_id: line.id, quantity: 1, condition: "resellable" }], refund_method: "store_credit" },
        { headers: { ...world.lyon.headers, "idempotency-key": "credit-return-1" } }
      )
      expect(status).toBe(201)
      expect(data.refund).toEqual({ method: "store_credit", amount: SWEATER.price, currency_code: "eur", cash_to_hand_back: null })
      // Nothing went back to the card: the whole value is on the shopper's account.
      expect(await refundedOn(first.id)).toBe(0)
      expect(await balance()).toEqual([["eur", SWEATER.price]])

      const cartId = await sweaterCart()
      const { data: { cart: before } } = await plainly<any>("read the cart", api.get(`/store/carts/${cartId}`, shopper.headers))
      const applied = await plainly<any>("apply the store credit", api.post(`/store/carts/${cartId}/store-credit`, {}, shopper.headers))
      // The credit pays for the sweater; the shopper still pays the delivery.
      expect(applied.data.cart.total).toBe(before.total - SWEATER.price)
      const second = await complete(cartId)

      expect(await paidFor(getContainer(), second.id)).toEqual(
        expect.objectContaining({ creditLines: [{ reference: "store_credit", amount: SWEATER.price }], payments: [before.total - SWEATER.price] })
      )
      expect(await balance()).toEqual([["eur", 0]])
      const { data: account } = await api.get("/store/customers/me/store-credit", shopper.headers)
      expect(account.store_credit.entries.map((e: any) => [e.kind, e.amount])).toEqual([
        ["spend", -SWEATER.price],
        ["refund", SWEATER.price],
      ])
    })

    it("refuses store credit for a guest order (no account to hold it), writing nothing", async () => {
      const { data: { cart } } = await plainly<any>(
        "create a guest cart",
        api.post(
          "/store/carts",
          { region_id: world.regionId, email: "guest@example.com", shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS },
          { headers: { "x-publishable-api-key": world.network.webKey } }
        )
      )
      const guest = { ...shopper, headers: { headers: { "x-publishable-api-key": world.network.webKey } } }
      await plainly<any>("add the sweater", api.post(`/store/carts/${cart.id}/line-items`, { variant_id: world.variantIds.sweater, quantity: 1 }, guest.headers))
      await plainly<any>("choose home delivery", api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: world.warehouseDeliveryOptionId }, guest.headers))
      await preparePayment(api, guest, cart.id)
      const { data: placed } = await plainly<any>("complete the guest cart", api.post(`/store/carts/${cart.id}/complete`, {}, guest.headers))
      await captureOrderPayment(getContainer(), placed.order.id)
      await deliverFromWarehouse(getContainer(), world, placed.order.id)

      const refused = await api
        .post(
          "/pos/returns",
          { order_id: placed.order.id, lines: [{ line_item_id: placed.order.items[0].id, quantity: 1, condition: "resellable" }], refund_method: "store_credit" },
          { headers: { ...world.lyon.headers, "idempotency-key": "guest-credit-1" } }
        )
        .catch((error: any) => ({ status: error.response?.status, data: error.response?.data }))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/account/i)
      const { data: lookup } = await plainly<any>("look the order up", api.get(`/pos/orders/lookup?display_id=${placed.order.display_id}`, world.lyon))
      expect(lookup.orders[0].lines[0]).toEqual(expect.objectContaining({ already_returned: 0, returnable_quantity: 1 }))
      expect(await refundedOn(placed.order.id)).toBe(0)
    })
  },
})
