import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { STORE_CREDIT_LINE_REFERENCE } from "../utils/store-credit-lines"
import { planStoreCreditForCartStep } from "./steps/plan-store-credit-for-cart"
import { validateStoreCreditCartStep } from "./steps/validate-store-credit-cart"

export type ApplyStoreCreditToCartInput = { cart_id: string; customer_id: string }

export const CART_FIELDS_FOR_STORE_CREDIT = ["id", "customer_id", "currency_code", "completed_at", "total", "credit_lines.*"]

/**
 * Puts the customer's store credit on their cart as a Medusa cart credit line (reference `store_credit`,
 * reference_id the account): min(balance, cart total), replacing a store credit line already there. The balance is
 * only spent when the cart completes. The payment collection is refreshed to the new total, which, as Medusa does on
 * any total change, drops its payment sessions: the storefront starts one again (none is needed at a total of 0).
 */
export const applyStoreCreditToCartWorkflow = createWorkflow(
  "apply-store-credit-to-cart",
  (input: ApplyStoreCreditToCartInput) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: CART_FIELDS_FOR_STORE_CREDIT,
      filters: { id: input.cart_id },
    })
    const cart = transform({ carts }, ({ carts }) => carts[0])
    validateStoreCreditCartStep({ cart_id: input.cart_id, cart, customer_id: input.customer_id })
    const plan = planStoreCreditForCartStep({ cart: cart as any })
    when("replace-store-credit-line", { plan }, ({ plan }) => plan.replaced_line_ids.length > 0).then(() => {
      deleteCartCreditLinesWorkflow.runAsStep({ input: { id: plan.replaced_line_ids } })
    })
    const creditLine = transform({ plan, input }, ({ plan, input }) => [
      {
        cart_id: input.cart_id,
        amount: plan.amount,
        reference: STORE_CREDIT_LINE_REFERENCE,
        reference_id: plan.account_id,
        metadata: null,
      },
    ])
    createCartCreditLinesWorkflow.runAsStep({ input: creditLine })
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    return new WorkflowResponse(plan)
  }
)
