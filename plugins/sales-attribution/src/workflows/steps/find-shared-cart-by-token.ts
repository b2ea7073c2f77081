import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assessSharedCart, NOT_VALID, TAKEN_BY_ANOTHER } from "../../utils/shared-cart-claim"
import { loadSharedCart } from "../../utils/load-shared-cart"

export const findSharedCartByTokenStepId = "find-shared-cart-by-token"

export type FindSharedCartByTokenStepInput = { token_hash: string; customer_id: string; at: Date | string }

export type SharedCartToClaim = {
  id: string
  cart_id: string
  touchpoint_id: string
  /** The POS sale the cart was built in (a shared cart always is one), released from the till by the claim. */
  pos_cart_id: string
  /** The customer already took it over: the claim changes nothing. */
  already_claimed: boolean
}

/**
 * The shared cart a customer wants to take over, read under the cart's lock. Refused with the reason: unknown link
 * (404), expired, paid for, being rung up in store, or taken over by another customer (400).
 */
export const findSharedCartByTokenStep = createStep(
  findSharedCartByTokenStepId,
  async ({ token_hash, customer_id, at }: FindSharedCartByTokenStepInput, { container }) => {
    const shared = await loadSharedCart(container, { token_hash })
    const standing = assessSharedCart(shared, { customerId: customer_id, at })
    if (!shared?.cart?.pos_cart_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_VALID)
    }
    if (standing === "claimed_by_another") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, TAKEN_BY_ANOTHER)
    }
    const found: SharedCartToClaim = {
      id: shared.id,
      cart_id: shared.cart_id,
      touchpoint_id: shared.touchpoint_id,
      pos_cart_id: shared.cart.pos_cart_id,
      already_claimed: standing === "claimed_by_customer",
    }
    return new StepResponse(found)
  }
)
