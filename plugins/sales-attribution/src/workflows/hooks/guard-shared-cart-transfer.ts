import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import { loadSharedCart } from "../../utils/load-shared-cart"

/*
 * Medusa's POST /store/carts/:id/customer hands any cart to the signed-in customer who names its id. A shared cart
 * is taken over through its link only (claimSharedCartWorkflow, which records the claim before it runs Medusa's
 * transfer): for every other customer, and for anyone before the claim, the transfer is refused. A workflow hook
 * takes one handler in the whole app: this one belongs to the sales-attribution plugin.
 */
transferCartCustomerWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const shared = await loadSharedCart(container, { cart_id: cart.id })
  if (shared && shared.claimed_by_customer_id !== input.customer_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      shared.claimed_by_customer_id
        ? "This cart was shared with another customer, who has taken it over"
        : "This cart was shared by a store associate: open the link you were sent to take it over"
    )
  }
  return new StepResponse(undefined)
})
