import { MedusaError } from "@medusajs/framework/utils"

/** A shared cart as a claim or a preview needs it: the record and where its Medusa cart stands. */
export type SharedCartState = {
  id: string
  cart_id: string
  expires_at: Date | string
  claimed_by_customer_id: string | null
  touchpoint_id: string
  /** The Medusa cart and its POS record: null when the cart was deleted. */
  cart: { completed_at: Date | string | null; pos_cart_id: string | null; pos_cart_status: string | null } | null
}

/** What a link can still do: be taken over, or it is already the asking customer's, or someone else's. */
export type SharedCartStanding = "claimable" | "claimed_by_customer" | "claimed_by_another"

/** An unknown link, in words the storefront can show. */
export const NOT_VALID = "This shared cart link is not valid: check it was copied whole, or ask the associate for a new one"

/**
 * Says whether a shared-cart link can be taken over by `customerId` at `at` (a preview passes no customer), or
 * throws the reason it can't, in words the storefront can show: an unknown link (404), an expired one, a cart
 * paid for since or being rung up in store again (400). A cart already taken over by the asking customer stays
 * theirs even after the link expires; one taken over by someone else is reported, and the claim refuses it.
 */
export function assessSharedCart(
  shared: SharedCartState | null | undefined,
  { customerId, at }: { customerId?: string | null; at: Date | string }
): SharedCartStanding {
  if (!shared || !shared.cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_VALID)
  }
  if (shared.claimed_by_customer_id) {
    return customerId && shared.claimed_by_customer_id === customerId ? "claimed_by_customer" : "claimed_by_another"
  }
  const expiresAt = new Date(shared.expires_at)
  if (expiresAt.getTime() <= new Date(at).getTime()) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This shared cart link expired on ${expiresAt.toISOString()}: ask the associate to share the cart again`
    )
  }
  if (shared.cart.completed_at || shared.cart.pos_cart_status === "completed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has already been paid for")
  }
  if (shared.cart.pos_cart_status === "open") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This cart is being rung up in store right now: finish the sale there, or ask the associate to park it"
    )
  }
  return "claimable"
}

/** The claim's refusal of a cart another customer took over first. */
export const TAKEN_BY_ANOTHER = "This shared cart has already been taken over by another customer"
