import { MedusaError } from "@medusajs/framework/utils"
import { assessSharedCart, type SharedCartState } from "../shared-cart-claim"
import { earliestTouchpointAt, sharedCartExpiry, touchpointExpiry } from "../touchpoint-window"

const NOW = new Date("2026-11-23T10:00:00.000Z")

const shared = (overrides: Partial<SharedCartState> = {}): SharedCartState => ({
  id: "sc_1",
  cart_id: "cart_1",
  expires_at: "2026-12-07T10:00:00.000Z",
  claimed_by_customer_id: null,
  touchpoint_id: "tp_1",
  cart: { completed_at: null, pos_cart_id: "poscart_1", pos_cart_status: "parked" },
  ...overrides,
})

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return { type: (error as MedusaError).type, message: (error as MedusaError).message }
  }
  throw new Error("expected a refusal")
}

describe("assessSharedCart", () => {
  it("lets anyone take over a parked, unexpired, unclaimed cart", () => {
    expect(assessSharedCart(shared(), { customerId: "cus_1", at: NOW })).toBe("claimable")
    expect(assessSharedCart(shared(), { at: NOW })).toBe("claimable")
  })

  it("refuses an unknown link, or one whose cart is gone, with 404 words", () => {
    expect(refusal(() => assessSharedCart(null, { at: NOW }))).toEqual({
      type: MedusaError.Types.NOT_FOUND,
      message: expect.stringContaining("This shared cart link is not valid"),
    })
    expect(refusal(() => assessSharedCart(shared({ cart: null }), { at: NOW })).type).toBe(MedusaError.Types.NOT_FOUND)
  })

  it("refuses an expired link, saying when it expired; the expiry instant itself is expired", () => {
    expect(refusal(() => assessSharedCart(shared({ expires_at: NOW }), { customerId: "cus_1", at: NOW }))).toEqual({
      type: MedusaError.Types.NOT_ALLOWED,
      message: "This shared cart link expired on 2026-11-23T10:00:00.000Z: ask the associate to share the cart again",
    })
    expect(assessSharedCart(shared({ expires_at: new Date(NOW.getTime() + 1) }), { at: NOW })).toBe("claimable")
  })

  it("keeps a taken-over cart its customer's, even once the link expired", () => {
    const claimed = shared({ claimed_by_customer_id: "cus_1", expires_at: "2026-11-01T00:00:00Z" })
    expect(assessSharedCart(claimed, { customerId: "cus_1", at: NOW })).toBe("claimed_by_customer")
    expect(assessSharedCart(claimed, { customerId: "cus_2", at: NOW })).toBe("claimed_by_another")
    expect(assessSharedCart(claimed, { at: NOW })).toBe("claimed_by_another")
  })

  it("refuses a cart paid for since, in store or online", () => {
    for (const cart of [
      { completed_at: NOW, pos_cart_id: "poscart_1", pos_cart_status: "parked" },
      { completed_at: null, pos_cart_id: "poscart_1", pos_cart_status: "completed" },
    ]) {
      expect(refusal(() => assessSharedCart(shared({ cart }), { at: NOW }))).toEqual({
        type: MedusaError.Types.NOT_ALLOWED,
        message: "This cart has already been paid for",
      })
    }
  })

  it("refuses a cart resumed at the till", () => {
    expect(refusal(() => assessSharedCart(shared({ cart: { completed_at: null, pos_cart_id: "poscart_1", pos_cart_status: "open" } }), { at: NOW })).message).toMatch(
      /being rung up in store/
    )
  })
})

describe("touchpoint and shared-cart windows", () => {
  it("counts whole days of 24 hours", () => {
    expect(touchpointExpiry("2026-11-23T10:00:00.000Z", 14).toISOString()).toBe("2026-12-07T10:00:00.000Z")
    expect(earliestTouchpointAt(NOW, 14).toISOString()).toBe("2026-11-09T10:00:00.000Z")
    expect(sharedCartExpiry(NOW, 1).toISOString()).toBe("2026-11-24T10:00:00.000Z")
  })
})
