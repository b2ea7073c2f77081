import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { hashSharedCartToken } from "../../../../../utils/shared-cart-token"
import { claimSharedCartWorkflow } from "../../../../../workflows/claim-shared-cart"
import type { StoreClaimSharedCartType } from "../../validators"

/**
 * The signed-in customer takes a shared cart over: it becomes theirs, in the web shop's sales channel, ready to
 * check out with Medusa's cart routes. Answers 200 with the cart; the same customer again gets the same cart with
 * nothing changed. 404 for an unknown link; 400 when it expired, the cart was paid for or is being rung up in store,
 * or another customer took it over first.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreClaimSharedCartType>, res: MedusaResponse) => {
  const { result } = await claimSharedCartWorkflow(req.scope).run({
    input: {
      token_hash: hashSharedCartToken(req.params.token),
      customer_id: req.auth_context.actor_id,
      sales_channel_id: salesChannelOf(req),
      at: new Date(),
    },
  })
  const cart = await refetchCart(result.cart_id, req.scope, req.queryConfig.fields)
  res.json({ cart, already_claimed: result.already_claimed })
}

/** The web shop to check out in: the publishable key's only channel, or the one named among its channels. */
function salesChannelOf(req: AuthenticatedMedusaRequest<StoreClaimSharedCartType>): string {
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const named = req.validatedBody.sales_channel_id
  if (named) {
    if (!channels.includes(named)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Sales channel ${named} is not one of this publishable key's channels`
      )
    }
    return named
  }
  if (channels.length !== 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      channels.length
        ? "This publishable key sells through several channels: name the one to check out in with sales_channel_id"
        : "This publishable key has no sales channel to check the cart out in"
    )
  }
  return channels[0]
}
