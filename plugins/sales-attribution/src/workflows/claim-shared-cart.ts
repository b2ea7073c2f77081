import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  transferCartCustomerWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { setPosCartStatusStep } from "@passerelle/medusa-plugin-pos/workflows/steps/set-pos-cart-status"
import { SalesAttributionEvents } from "../constants"
import { findSharedCartByTokenStep } from "./steps/find-shared-cart-by-token"
import { locateSharedCartStep } from "./steps/locate-shared-cart"
import { markSharedCartClaimedStep } from "./steps/mark-shared-cart-claimed"
import { setTouchpointCustomerStep } from "./steps/set-touchpoint-customer"

export type ClaimSharedCartWorkflowInput = {
  /** The SHA-256 of the token in the link (`hashSharedCartToken`). */
  token_hash: string
  /** The signed-in customer taking the cart over. */
  customer_id: string
  /** The web shop's sales channel (the request's publishable key): the cart is checked out there. */
  sales_channel_id: string
  at: Date | string
}

/**
 * A customer takes over a cart an associate shared with them, to check it out online now or later:
 * 1. the link must be known, unexpired, the cart unpaid and not being rung up in store, and not taken over by
 *    another customer (the same customer again changes nothing and gets the cart back);
 * 2. the shared cart records who claimed it and when; its touchpoint gets the customer when it had none; the POS
 *    sale is released from the till (pos plugin status `released`: no longer listed as parked, nor resumable);
 * 3. the cart moves to the web shop's sales channel (Medusa's updateCartWorkflow) and becomes the customer's
 *    (Medusa's transferCartCustomerWorkflow, whose validate hook this plugin guards: only the claimer passes).
 * It holds the cart's lock, the one the till takes to park or resume the sale, so a claim and a resume, or two
 * claims, run one after the other (Medusa's cart workflows nested below skip their own lock). Each write is undone
 * if a later step fails, Medusa's own workflows undoing theirs: the cart is back in its channel with its customer.
 */
export const claimSharedCartWorkflow = createWorkflow("claim-shared-cart", (input: ClaimSharedCartWorkflowInput) => {
  const { cart_id: lockKey } = locateSharedCartStep({ token_hash: input.token_hash })
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
  const sharedCart = findSharedCartByTokenStep({
    token_hash: input.token_hash,
    customer_id: input.customer_id,
    at: input.at,
  })

  when("first-claim-of-shared-cart", { sharedCart }, ({ sharedCart }) => !sharedCart.already_claimed).then(() => {
    markSharedCartClaimedStep({ id: sharedCart.id, customer_id: input.customer_id, at: input.at })
    setTouchpointCustomerStep({ touchpoint_id: sharedCart.touchpoint_id, customer_id: input.customer_id })
    const release = transform({ sharedCart }, ({ sharedCart }) => ({ pos_cart_id: sharedCart.pos_cart_id, status: "released" as const }))
    setPosCartStatusStep(release)
    const channelMove = transform({ input, sharedCart }, ({ input, sharedCart }) => ({
      id: sharedCart.cart_id,
      sales_channel_id: input.sales_channel_id,
    }))
    updateCartWorkflow.runAsStep({ input: channelMove })
    const transfer = transform({ input, sharedCart }, ({ input, sharedCart }) => ({
      id: sharedCart.cart_id,
      customer_id: input.customer_id,
    }))
    transferCartCustomerWorkflow.runAsStep({ input: transfer })
    const claimed = transform({ input, sharedCart }, ({ input, sharedCart }) => ({
      id: sharedCart.id,
      cart_id: sharedCart.cart_id,
      customer_id: input.customer_id,
    }))
    emitEventStep({ eventName: SalesAttributionEvents.SHARED_CART_CLAIMED, data: claimed }).config({
      name: "emit-shared-cart-claimed",
    })
  })

  releaseLockStep({ key: lockKey })
  const result = transform({ sharedCart }, ({ sharedCart }) => ({
    shared_cart_id: sharedCart.id,
    cart_id: sharedCart.cart_id,
    already_claimed: sharedCart.already_claimed,
  }))
  return new WorkflowResponse(result)
})
