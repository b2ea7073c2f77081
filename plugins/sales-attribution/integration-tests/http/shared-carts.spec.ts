import { createHash } from "node:crypto"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import { eventually, failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import {
  ageSharedCart,
  AttributionWorld,
  attributionService,
  completeWebCart,
  openAttributionWorld,
  posCartOf,
  shareAndClaim,
  Shopper,
  signUpShopper,
  SOCKS,
  SWEATER,
  Tablet,
} from "../helpers/attribution-world"

jest.setTimeout(300 * 1000)

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Shared carts: an associate sends a cart built on the tablet to the customer as a link; the customer opens it on the
 * web shop, takes it over and checks it out there. Every refusal leaves the shared cart, its touchpoint and the cart
 * exactly as they were.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer, dbConnection }) => {
    let world: AttributionWorld
    let camille: Shopper
    let dominique: Shopper
    const events: { name: string; data: any }[] = []
    let subscribed = false

    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
      camille = await signUpShopper(api, world, "camille@example.com", "Camille")
      dominique = await signUpShopper(api, world, "dominique@example.com", "Dominique")
      events.length = 0
      if (!subscribed) {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        for (const name of [
          "sales-attribution.shared_cart.created",
          "sales-attribution.shared_cart.claimed",
          "sales-attribution.touchpoint.created",
        ]) {
          eventBus.subscribe(name, async ({ data }: { data: any }) => {
            events.push({ name, data })
          })
        }
        subscribed = true
      }
    })

    const webKey = () => ({ headers: { "x-publishable-api-key": world.network.webKey } })

    /** Léa (or another tablet) builds a sweater + socks cart and shares it. */
    const share = async (tablet: Tablet = world.tablets.lea, customerId?: string) => {
      const cartId = await posCartOf(api, tablet, [SWEATER.barcode, SOCKS.barcode], customerId)
      const { data } = await plainly<any>("share the cart", api.post("/pos/shared-carts", { cart_id: cartId }, tablet))
      return { cartId, ...data, token: data.shared_cart.token as string }
    }

    const claim = (token: string, shopper?: Shopper) =>
      api.post(`/store/shared-carts/${token}/claim`, {}, shopper?.headers ?? webKey())

    /** Everything a claim could write: the shared cart, its touchpoint, the cart's owner and channel, the POS sale. */
    const stateOf = async (cartId: string) => {
      const service = attributionService(getContainer())
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [cart] } = await query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "email", "sales_channel_id", "updated_at", "completed_at", "pos_cart.status"],
        filters: { id: cartId },
      })
      return {
        sharedCarts: await service.listSharedCarts({ cart_id: cartId }),
        touchpoints: await service.listTouchpoints({ cart_id: cartId }),
        cart,
      }
    }

    const posCartStatus = async (tablet: Tablet, cartId: string) =>
      (await plainly<any>("read the POS cart", api.get(`/pos/carts/${cartId}`, tablet))).data.pos_cart.status

    describe("POST /pos/shared-carts", () => {
      it("turns Léa's cart into an expiring link and QR, parks the sale and records a shared_cart touchpoint", async () => {
        const before = Date.now()
        const cartId = await posCartOf(api, world.tablets.lea, [SWEATER.barcode, SOCKS.barcode])
        const { status, data } = await api.post("/pos/shared-carts", { cart_id: cartId }, world.tablets.lea)
        const after = Date.now()

        expect(status).toBe(201)
        const token: string = data.shared_cart.token
        expect(token).toMatch(/^sct_[A-Za-z0-9_-]{43}$/)
        expect(data.shared_cart).toEqual({
          id: expect.stringMatching(/^sc_/),
          cart_id: cartId,
          expires_at: expect.any(String),
          token,
          url: `https://shop.example/shared-carts/${token}`,
          qr_payload: `https://shop.example/shared-carts/${token}`,
        })
        const expiresAt = new Date(data.shared_cart.expires_at).getTime()
        expect(expiresAt).toBeGreaterThanOrEqual(before + 14 * DAY_MS)
        expect(expiresAt).toBeLessThanOrEqual(after + 14 * DAY_MS)
        expect(data.touchpoint).toEqual({
          id: expect.stringMatching(/^tp_/),
          kind: "shared_cart",
          customer_id: null,
          occurred_at: expect.any(String),
          expires_at: expect.any(String),
        })
        expect(new Date(data.touchpoint.expires_at).getTime() - new Date(data.touchpoint.occurred_at).getTime()).toBe(
          14 * DAY_MS
        )

        expect(await posCartStatus(world.tablets.lea, cartId)).toBe("parked")
        const { sharedCarts, touchpoints } = await stateOf(cartId)
        expect(touchpoints).toEqual([
          expect.objectContaining({
            id: data.touchpoint.id,
            kind: "shared_cart",
            associate_id: world.associateIds.lea,
            store_id: world.network.stores["PAR-01"].id,
            customer_id: null,
            cart_id: cartId,
            order_id: null,
          }),
        ])
        expect(sharedCarts).toEqual([
          expect.objectContaining({
            id: data.shared_cart.id,
            cart_id: cartId,
            token_hash: createHash("sha256").update(token).digest("hex"),
            claimed_at: null,
            claimed_by_customer_id: null,
          }),
        ])

        // Only the hash is kept: the token is in no row of ours, nor in any stored workflow execution.
        const secret = token.slice(4)
        expect(JSON.stringify({ sharedCarts, touchpoints })).not.toContain(secret)
        const [{ count }] = await dbConnection.raw(
          "select count(*)::int as count from workflow_execution where execution::text like ? or context::text like ?",
          [`%${secret}%`, `%${secret}%`]
        ).then((r: any) => r.rows)
        expect(count).toBe(0)

        await eventually(() =>
          expect(events).toEqual(
            expect.arrayContaining([
              {
                name: "sales-attribution.shared_cart.created",
                data: {
                  id: data.shared_cart.id,
                  cart_id: cartId,
                  touchpoint_id: data.touchpoint.id,
                  associate_id: world.associateIds.lea,
                  store_id: world.network.stores["PAR-01"].id,
                },
              },
              {
                name: "sales-attribution.touchpoint.created",
                data: {
                  id: data.touchpoint.id,
                  kind: "shared_cart",
                  associate_id: world.associateIds.lea,
                  store_id: world.network.stores["PAR-01"].id,
                  customer_id: null,
                },
              },
            ])
          )
        )
      })

      it("gives the touchpoint the sale's customer, and shares a parked sale without touching it again", async () => {
        const cartId = await posCartOf(api, world.tablets.hugo, [SWEATER.barcode], camille.id)
        await plainly<any>("park it", api.post(`/pos/carts/${cartId}/park`, { note: "after lunch" }, world.tablets.hugo))
        const { data } = await plainly<any>("share it", api.post("/pos/shared-carts", { cart_id: cartId }, world.tablets.hugo))

        expect(data.touchpoint.customer_id).toBe(camille.id)
        const { data: pos } = await api.get(`/pos/carts/${cartId}`, world.tablets.hugo)
        expect(pos.pos_cart).toEqual(expect.objectContaining({ status: "parked", parked_note: "after lunch" }))
        const [touchpoint] = (await stateOf(cartId)).touchpoints
        expect(touchpoint).toEqual(expect.objectContaining({ associate_id: world.associateIds.hugo, customer_id: camille.id }))
      })

      it("refuses another store's cart (403), a web cart (404), an empty sale (400), a cart shared before (400) and unknown keys (400), writing nothing", async () => {
        const leaCart = await posCartOf(api, world.tablets.lea, [SWEATER.barcode])
        const refused = await failure(api.post("/pos/shared-carts", { cart_id: leaCart }, world.tablets.bruno))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toBe(`Cart ${leaCart} belongs to store PAR-01: share it from that store`)
        expect(await posCartStatus(world.tablets.lea, leaCart)).toBe("open")

        const { data: { cart: webCart } } = await api.post("/store/carts", { region_id: world.regionId }, webKey())
        const notPos = await failure(api.post("/pos/shared-carts", { cart_id: webCart.id }, world.tablets.lea))
        expect(notPos.status).toBe(404)
        expect(notPos.data.message).toMatch(/^No POS cart .*: only a cart built on a store tablet can be shared$/)

        const empty = await posCartOf(api, world.tablets.lea, [])
        const nothing = await failure(api.post("/pos/shared-carts", { cart_id: empty }, world.tablets.lea))
        expect(nothing.status).toBe(400)
        expect(nothing.data.message).toBe(`Cart ${empty} has no lines: there is nothing to share`)

        const unknownKey = await failure(api.post("/pos/shared-carts", { cart_id: leaCart, to: "x" }, world.tablets.lea))
        expect(unknownKey.status).toBe(400)

        await plainly<any>("share once", api.post("/pos/shared-carts", { cart_id: leaCart }, world.tablets.lea))
        const before = await stateOf(leaCart)
        const twice = await failure(api.post("/pos/shared-carts", { cart_id: leaCart }, world.tablets.hugo))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(new RegExp(`^Cart ${leaCart} was already shared \\(sc_\\w+\\): a cart is shared once$`))
        expect(await stateOf(leaCart)).toEqual(before)

        const service = attributionService(getContainer())
        expect(await service.listTouchpoints({ cart_id: [empty, webCart.id] })).toEqual([])
        expect(await service.listSharedCarts({})).toHaveLength(1)
      })
    })

    describe("GET /store/shared-carts/:token", () => {
      it("shows who shared what, at tablet prices, without the cart id; then whether it is the signed-in customer's", async () => {
        const shared = await share()
        const { status, data } = await api.get(`/store/shared-carts/${shared.token}`, webKey())

        expect(status).toBe(200)
        expect(data).toEqual({
          shared_cart: { id: shared.shared_cart.id, expires_at: shared.shared_cart.expires_at, claimed: false, claimed_by_you: false },
          associate: { first_name: "Léa" },
          store: { code: "PAR-01", name: "Paris" },
          cart: {
            currency_code: "eur",
            items: expect.arrayContaining([
              expect.objectContaining({ title: "Pull marin", quantity: 1, unit_price: 80, total: 80 }),
              expect.objectContaining({ title: "Chaussettes", quantity: 1, unit_price: 10, total: 10 }),
            ]),
            item_total: 90,
            total: 90,
          },
        })
        expect(JSON.stringify(data)).not.toContain(shared.cartId)

        await plainly<any>("claim", claim(shared.token, camille))
        expect((await api.get(`/store/shared-carts/${shared.token}`, camille.headers)).data.shared_cart).toEqual(
          expect.objectContaining({ claimed: true, claimed_by_you: true })
        )
        expect((await api.get(`/store/shared-carts/${shared.token}`, dominique.headers)).data.shared_cart).toEqual(
          expect.objectContaining({ claimed: true, claimed_by_you: false })
        )
      })

      it("answers 404 for an unknown link and 400 for an expired one", async () => {
        const shared = await share()
        const unknown = await failure(api.get(`/store/shared-carts/sct_${"A".repeat(43)}`, webKey()))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toBe(
          "This shared cart link is not valid: check it was copied whole, or ask the associate for a new one"
        )
        await ageSharedCart(getContainer(), shared.shared_cart.id, 15)
        const expired = await failure(api.get(`/store/shared-carts/${shared.token}`, webKey()))
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(/^This shared cart link expired on .*: ask the associate to share the cart again$/)
      })
    })

    describe("POST /store/shared-carts/:token/claim", () => {
      it("hands the cart to the signed-in customer in the web channel; a second claim by them changes nothing; they check it out online", async () => {
        const shared = await share()
        const { status, data } = await claim(shared.token, camille)

        expect(status).toBe(200)
        expect(data.already_claimed).toBe(false)
        expect(data.cart).toEqual(
          expect.objectContaining({
            id: shared.cartId,
            customer_id: camille.id,
            email: camille.email,
            sales_channel_id: world.network.webChannelId,
          })
        )
        const state = await stateOf(shared.cartId)
        expect(state.sharedCarts[0]).toEqual(
          expect.objectContaining({ claimed_by_customer_id: camille.id, claimed_at: expect.any(Date) })
        )
        expect(state.touchpoints[0]).toEqual(expect.objectContaining({ customer_id: camille.id, kind: "shared_cart" }))
        expect(state.cart).toEqual(
          expect.objectContaining({ customer_id: camille.id, sales_channel_id: world.network.webChannelId })
        )
        await eventually(() =>
          expect(events).toContainEqual({
            name: "sales-attribution.shared_cart.claimed",
            data: { id: shared.shared_cart.id, cart_id: shared.cartId, customer_id: camille.id },
          })
        )

        const again = await claim(shared.token, camille)
        expect(again.status).toBe(200)
        expect(again.data).toEqual(expect.objectContaining({ already_claimed: true, cart: expect.objectContaining({ id: shared.cartId }) }))
        expect(await stateOf(shared.cartId)).toEqual(state)
        expect(events.filter((e) => e.name === "sales-attribution.shared_cart.claimed")).toHaveLength(1)

        const orderId = await completeWebCart(api, world, shared.cartId, { shopper: camille })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [order] } = await query.graph({
          entity: "order",
          fields: ["id", "customer_id", "email", "sales_channel_id", "items.variant_sku", "items.quantity"],
          filters: { id: orderId },
        })
        expect(order).toEqual(
          expect.objectContaining({
            customer_id: camille.id,
            email: camille.email,
            sales_channel_id: world.network.webChannelId,
          })
        )
        expect((order as any).items.map((i: any) => i.variant_sku).sort()).toEqual([SWEATER.sku, SOCKS.sku].sort())
      })

      it("lets another customer than the one Léa named take it over, keeping Léa's customer on the touchpoint", async () => {
        const shared = await share(world.tablets.lea, dominique.id)
        const { data } = await plainly<any>("claim", claim(shared.token, camille))
        expect(data.cart).toEqual(expect.objectContaining({ customer_id: camille.id }))
        const { touchpoints, sharedCarts } = await stateOf(shared.cartId)
        expect(touchpoints[0].customer_id).toBe(dominique.id)
        expect(sharedCarts[0].claimed_by_customer_id).toBe(camille.id)
      })

      it("refuses an unknown token with 404, writing nothing", async () => {
        const shared = await share()
        const before = await stateOf(shared.cartId)
        for (const token of [`sct_${"B".repeat(43)}`, shared.token.slice(0, -1), "not-a-token"]) {
          const refused = await failure(claim(token, camille))
          expect(refused.status).toBe(404)
          expect(refused.data.message).toBe(
            "This shared cart link is not valid: check it was copied whole, or ask the associate for a new one"
          )
        }
        expect(await stateOf(shared.cartId)).toEqual(before)
      })

      it("refuses an expired link with 400, writing nothing", async () => {
        const shared = await share()
        await ageSharedCart(getContainer(), shared.shared_cart.id, 15)
        const before = await stateOf(shared.cartId)
        const refused = await failure(claim(shared.token, camille))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^This shared cart link expired on .*: ask the associate to share the cart again$/)
        expect(await stateOf(shared.cartId)).toEqual(before)
      })

      it("refuses a second customer with 400, writing nothing", async () => {
        const shared = await shareAndClaim(api, world.tablets.lea, camille)
        const before = await stateOf(shared.cartId)
        const refused = await failure(claim(shared.token, dominique))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("This shared cart has already been taken over by another customer")
        expect(await stateOf(shared.cartId)).toEqual(before)
      })

      it("refuses a guest with 401, writing nothing", async () => {
        const shared = await share()
        const before = await stateOf(shared.cartId)
        const refused = await failure(claim(shared.token))
        expect(refused.status).toBe(401)
        expect(await stateOf(shared.cartId)).toEqual(before)
      })

      it("refuses a cart resumed at the till with 400, writing nothing", async () => {
        const shared = await share()
        await plainly<any>("resume", api.post(`/pos/carts/${shared.cartId}/resume`, {}, world.tablets.lea))
        const before = await stateOf(shared.cartId)
        const refused = await failure(claim(shared.token, camille))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/being rung up in store/)
        expect(await stateOf(shared.cartId)).toEqual(before)
      })
    })

    describe("Medusa's POST /store/carts/:id/customer on a shared cart", () => {
      it("refuses anyone before the claim and another customer after it; the claimer passes", async () => {
        const shared = await share()
        const before = await stateOf(shared.cartId)
        const early = await failure(api.post(`/store/carts/${shared.cartId}/customer`, {}, dominique.headers))
        expect(early.status).toBe(400)
        expect(early.data.message).toBe(
          "This cart was shared by a store associate: open the link you were sent to take it over"
        )
        expect(await stateOf(shared.cartId)).toEqual(before)

        await plainly<any>("Camille claims", claim(shared.token, camille))
        const claimed = await stateOf(shared.cartId)
        const stolen = await failure(api.post(`/store/carts/${shared.cartId}/customer`, {}, dominique.headers))
        expect(stolen.status).toBe(400)
        expect(stolen.data.message).toBe("This cart was shared with another customer, who has taken it over")
        expect(await stateOf(shared.cartId)).toEqual(claimed)

        const own = await api.post(`/store/carts/${shared.cartId}/customer`, {}, camille.headers)
        expect(own.status).toBe(200)
        expect(own.data.cart.customer_id).toBe(camille.id)
      })

      it("leaves carts that were never shared to Medusa", async () => {
        const { data: { cart } } = await api.post("/store/carts", { region_id: world.regionId }, webKey())
        const { status, data } = await api.post(`/store/carts/${cart.id}/customer`, {}, camille.headers)
        expect(status).toBe(200)
        expect(data.cart.customer_id).toBe(camille.id)
      })
    })
  },
})
