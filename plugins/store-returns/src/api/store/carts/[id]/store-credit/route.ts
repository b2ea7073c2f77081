import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applyStoreCreditToCartWorkflow } from "../../../../../workflows/apply-store-credit-to-cart"
import { removeStoreCreditFromCartWorkflow } from "../../../../../workflows/remove-store-credit-from-cart"
import type { StoreApplyStoreCreditType } from "./validators"

const CART_FIELDS = [
  "id",
  "currency_code",
  "total",
  "credit_line_total",
  "credit_lines.*",
  "payment_collection.id",
  "payment_collection.amount",
]

const cartOf = async (container: MedusaContainer, id: string) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id } })
  return cart
}

/** Applies the customer's store credit to their cart (a credit line); spent when the cart completes. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyStoreCreditType>, res: MedusaResponse) => {
  const { result } = await applyStoreCreditToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({
    cart: await cartOf(req.scope, req.params.id),
    store_credit: { account_id: result.account_id, applied: result.amount, balance: result.balance },
  })
}

/** Takes the store credit off the cart. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeStoreCreditFromCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ cart: await cartOf(req.scope, req.params.id) })
}
