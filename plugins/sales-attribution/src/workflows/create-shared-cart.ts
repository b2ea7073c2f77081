import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { parkPosCartWorkflow } from "@passerelle/medusa-plugin-pos/workflows"
import { SalesAttributionEvents } from "../constants"
import { createSharedCartRecordStep } from "./steps/create-shared-cart-record"
import { createTouchpointStep } from "./steps/create-touchpoint"
import { validateSharedCartSourceStep } from "./steps/validate-shared-cart-source"

export type CreateSharedCartWorkflowInput = {
  cart_id: string
  /** The store the associate acts for: the cart must be one of its POS sales; an open sale is parked there. */
  store: { id: string; stock_location_id: string }
  associate_id: string
  /** The SHA-256 of the token the route made (`newSharedCartToken()`): the token itself never enters a workflow. */
  token_hash: string
  /** When it was shared: the touchpoint's `occurred_at`, the start of the link's life. */
  at: Date | string
}

/**
 * An associate sends a cart they built on the tablet to the customer, as a link and a QR code:
 * 1. the cart must be an unpaid POS sale of the acting store with lines, not shared before;
 * 2. an open sale is parked (the POS plugin's parkPosCartWorkflow), so the till shows it as set aside;
 * 3. a `shared_cart` touchpoint is written for the associate and store (its customer: the sale's, when set);
 * 4. the shared cart is recorded under the token's hash, with its expiry (`sharedCartTtlDays`).
 * Runs under the cart's lock (Medusa's cart workflows take it too, so no line is added meanwhile). Each write is
 * undone if a later step fails: the POS sale is open again, no touchpoint, no shared cart.
 */
export const createSharedCartWorkflow = createWorkflow("create-shared-cart", (input: CreateSharedCartWorkflowInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
  const source = validateSharedCartSourceStep({ cart_id: input.cart_id, store_id: input.store.id })

  when("park-open-pos-cart", { source }, ({ source }) => source.should_park).then(() => {
    const parking = transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      stock_location_id: input.store.stock_location_id,
      note: "Shared with the customer",
    }))
    parkPosCartWorkflow.runAsStep({ input: parking })
  })

  const touchpointInput = transform({ input, source }, ({ input, source }) => ({
    kind: "shared_cart" as const,
    associate_id: input.associate_id,
    store_id: input.store.id,
    customer_id: source.customer_id,
    cart_id: input.cart_id,
    occurred_at: input.at,
  }))
  const touchpoint = createTouchpointStep(touchpointInput)
  const sharedCart = createSharedCartRecordStep(
    transform({ input, touchpoint }, ({ input, touchpoint }) => ({
      token_hash: input.token_hash,
      cart_id: input.cart_id,
      touchpoint_id: touchpoint.id,
      at: input.at,
    }))
  )

  const events = transform({ sharedCart, touchpoint }, ({ sharedCart, touchpoint }) => ({
    sharedCart: {
      id: sharedCart.id,
      cart_id: sharedCart.cart_id,
      touchpoint_id: touchpoint.id,
      associate_id: touchpoint.associate_id,
      store_id: touchpoint.store_id,
    },
    touchpoint: {
      id: touchpoint.id,
      kind: touchpoint.kind,
      associate_id: touchpoint.associate_id,
      store_id: touchpoint.store_id,
      customer_id: touchpoint.customer_id,
    },
  }))
  emitEventStep({ eventName: SalesAttributionEvents.TOUCHPOINT_CREATED, data: events.touchpoint }).config({
    name: "emit-shared-cart-touchpoint-created",
  })
  emitEventStep({ eventName: SalesAttributionEvents.SHARED_CART_CREATED, data: events.sharedCart }).config({
    name: "emit-shared-cart-created",
  })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse({ shared_cart: sharedCart, touchpoint })
})
