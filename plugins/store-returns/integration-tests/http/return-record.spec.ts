import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { verifyReturnToken } from "@passerelle/medusa-plugin-store-returns/utils/return-token"
import { returnTokenSecretOf } from "@passerelle/medusa-plugin-store-returns/utils/return-token-secret"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import {
  LYON,
  openReturnCounter,
  PARIS,
  placeDeliveredOrder,
  recordStoreReturn,
  ReturnCounter,
  Shopper,
  signUpShopper,
  SWEATER,
} from "../helpers/record-store-return"

jest.setTimeout(240 * 1000)

/** The test app's `projectConfig.http.jwtSecret` (stores testing test-app-config): no returnTokenSecret is set. */
const APP_JWT_SECRET = "passerelle-plugin-tests"

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let counter: ReturnCounter
    let camille: Shopper
    let noah: Shopper

    beforeEach(async () => {
      counter = await openReturnCounter(getContainer(), api)
      camille = await signUpShopper(api, counter, "camille@example.com", "Camille")
      noah = await signUpShopper(api, counter, "noah@example.com", "Noah")
    })

    /** Requests that fail reject with a plain Error naming the answer (an AxiosError is circular: jest --json breaks). */
    const plain = (request: Promise<any>): Promise<any> =>
      request.catch((error: any) => {
        throw new Error(`${error.response?.status ?? "no response"}: ${JSON.stringify(error.response?.data ?? error.message)}`)
      })

    describe("GET /store/orders/:id/return-token", () => {
      it("gives the shopper a signed code for their order that the shop recognises for 72 hours", async () => {
        const { orderId } = await placeDeliveredOrder(getContainer(), api, counter, camille, 1)
        const before = Date.now()

        const { data } = await plain(api.get(`/store/orders/${orderId}/return-token`, camille.headers))

        expect(data.qr_payload).toEqual(data.token)
        const hoursValid = (new Date(data.expires_at).getTime() - before) / 3_600_000
        expect(hoursValid).toBeGreaterThan(71.99)
        expect(hoursValid).toBeLessThanOrEqual(72)
        const check = verifyReturnToken(data.token, returnTokenSecretOf(getContainer()), new Date())
        expect(check).toEqual({ valid: true, claims: { order_id: orderId, expires_at: new Date(data.expires_at) } })
        // Signed with the app's JWT secret, as no returnTokenSecret option is set: another shop's code is refused.
        expect(verifyReturnToken(data.token, APP_JWT_SECRET)).toMatchObject({ valid: true })
        expect(verifyReturnToken(data.token, "another-shop")).toMatchObject({ valid: false })
      })

      it("answers 404 for another shopper's order and for a guest order, as if they did not exist", async () => {
        const { orderId: camillesOrder } = await placeDeliveredOrder(getContainer(), api, counter, camille, 1)
        const { orderId: guestOrder } = await placeDeliveredOrder(getContainer(), api, counter, null, 1)

        const someoneElses = await failure(api.get(`/store/orders/${camillesOrder}/return-token`, noah.headers))
        const guests = await failure(api.get(`/store/orders/${guestOrder}/return-token`, noah.headers))
        const unknown = await failure(api.get(`/store/orders/order_NOPE/return-token`, noah.headers))

        expect([someoneElses.status, guests.status, unknown.status]).toEqual([404, 404, 404])
        expect(someoneElses.data.message).toEqual(`Order with id: ${camillesOrder} was not found`)
      })

      it("needs a signed-in shopper", async () => {
        const { orderId } = await placeDeliveredOrder(getContainer(), api, counter, camille, 1)

        const anonymous = await failure(
          api.get(`/store/orders/${orderId}/return-token`, { headers: { "x-publishable-api-key": counter.network.webKey } })
        )

        expect(anonymous.status).toEqual(401)
      })
    })

    describe("the record of a store return", () => {
      it("shows in the shopper's account: store, date, items with their condition, refund, newest first", async () => {
        const first = await placeDeliveredOrder(getContainer(), api, counter, camille, 2)
        const second = await placeDeliveredOrder(getContainer(), api, counter, camille, 1)
        const older = await recordStoreReturn(getContainer(), counter, {
          orderId: first.orderId,
          storeCode: PARIS.code,
          associateId: counter.lea.id,
          lines: [{ line_item_id: first.lineItemId, quantity: 1, condition: "damaged", reason_id: counter.reasonId }],
          refund_method: "original",
        })
        const newer = await recordStoreReturn(getContainer(), counter, {
          orderId: second.orderId,
          storeCode: LYON.code,
          associateId: counter.hugo.id,
          lines: [{ line_item_id: second.lineItemId, quantity: 1, condition: "resellable" }],
          refund_method: "store_credit",
        })
        // Noah's own return does not show in Camille's account.
        const noahsOrder = await placeDeliveredOrder(getContainer(), api, counter, noah, 1)
        await recordStoreReturn(getContainer(), counter, {
          orderId: noahsOrder.orderId,
          storeCode: PARIS.code,
          associateId: counter.lea.id,
          lines: [{ line_item_id: noahsOrder.lineItemId, quantity: 1, condition: "resellable" }],
          refund_method: "original",
        })

        const { data: all } = await plain(api.get("/store/customers/me/store-returns", camille.headers))
        expect(all.count).toEqual(2)
        expect(all.store_returns.map((r: any) => r.id)).toEqual([newer.storeReturnId, older.storeReturnId])
        expect(all.store_returns[1]).toEqual({
          id: older.storeReturnId,
          order_id: first.orderId,
          order_display_id: expect.any(Number),
          returned_at: expect.any(String),
          store: { name: PARIS.name },
          refund_method: "original",
          refund_amount: SWEATER.price,
          currency_code: "eur",
          lines: [
            {
              id: expect.any(String),
              product_title: SWEATER.title,
              variant_title: "M",
              thumbnail: null,
              quantity: 1,
              condition: "damaged",
            },
          ],
        })
        expect(all.store_returns[0]).toMatchObject({ store: { name: LYON.name }, refund_method: "store_credit" })
        // The associate and any override stay staff-side.
        expect(all.store_returns[0]).not.toHaveProperty("associate")

        const { data: page2 } = await plain(api.get("/store/customers/me/store-returns?limit=1&offset=1", camille.headers))
        expect(page2).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(page2.store_returns.map((r: any) => r.id)).toEqual([older.storeReturnId])

        const { data: noahs } = await plain(api.get("/store/customers/me/store-returns", noah.headers))
        expect(noahs.store_returns).toHaveLength(1)
        expect(noahs.store_returns[0].id).not.toEqual(older.storeReturnId)
      })

      it("needs a signed-in shopper for the account's returns, and refuses an unknown parameter", async () => {
        const anonymous = await failure(
          api.get("/store/customers/me/store-returns", { headers: { "x-publishable-api-key": counter.network.webKey } })
        )
        const unknownParameter = await failure(api.get("/store/customers/me/store-returns?sort=asc", camille.headers))

        expect(anonymous.status).toEqual(401)
        expect(unknownParameter.status).toEqual(400)
      })

      it("shows on the admin order page: store and code, associate, conditions, reason, refund and the override", async () => {
        const { orderId, lineItemId } = await placeDeliveredOrder(getContainer(), api, counter, camille, 2)
        const { storeReturnId, returnId } = await recordStoreReturn(getContainer(), counter, {
          orderId,
          storeCode: LYON.code,
          associateId: counter.hugo.id,
          lines: [{ line_item_id: lineItemId, quantity: 2, condition: "resellable", reason_id: counter.reasonId }],
          refund_method: "cash",
          override: { reason: "Gift, receipt lost", by: counter.hugo.id },
        })

        const { data } = await plain(api.get(`/admin/orders/${orderId}/store-returns`, counter.admin))

        expect(data.store_returns).toEqual([
          {
            id: storeReturnId,
            order_id: orderId,
            order_display_id: expect.any(Number),
            return_id: returnId,
            returned_at: expect.any(String),
            store: { id: counter.network.stores[LYON.code].id, code: LYON.code, name: LYON.name },
            associate: { id: counter.hugo.id, name: "hugo Test" },
            refund_method: "cash",
            refund_amount: 2 * SWEATER.price,
            currency_code: "eur",
            override_reason: "Gift, receipt lost",
            override_by: { id: counter.hugo.id, name: "hugo Test" },
            lines: [
              {
                id: expect.any(String),
                line_item_id: lineItemId,
                variant_id: counter.variantId,
                product_title: SWEATER.title,
                variant_title: "M",
                thumbnail: null,
                quantity: 2,
                condition: "resellable",
                return_reason: { id: counter.reasonId, label: "Too small" },
                note: null,
              },
            ],
          },
        ])
      })

      it("is empty for an order never returned in a store, and 404 for an unknown order; admins only", async () => {
        const { orderId } = await placeDeliveredOrder(getContainer(), api, counter, camille, 1)

        const { data } = await plain(api.get(`/admin/orders/${orderId}/store-returns`, counter.admin))
        const unknown = await failure(api.get(`/admin/orders/order_NOPE/store-returns`, counter.admin))
        const shopper = await failure(api.get(`/admin/orders/${orderId}/store-returns`, camille.headers))

        expect(data.store_returns).toEqual([])
        expect(unknown.status).toEqual(404)
        expect(shopper.status).toEqual(401)
      })
    })
  },
})
