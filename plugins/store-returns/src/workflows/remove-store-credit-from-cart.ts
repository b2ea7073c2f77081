import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { storeCreditLinesOf } from "../utils/store-credit-lines"
import { CART_FIELDS_FOR_STORE_CREDIT } from "./apply-store-credit-to-cart"
import { validateStoreCreditCartStep } from "./steps/validate-store-credit-cart"

export type RemoveStoreCreditFromCartInput = { cart_id: string; customer_id: string }

/** Takes the store credit lines off the customer's cart and refreshes its payment collection to the new total. */
export const removeStoreCreditFromCartWorkflow = createWorkflow(
  "remove-store-credit-from-cart",
  (input: RemoveStoreCreditFromCartInput) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: CART_FIELDS_FOR_STORE_CREDIT,
      filters: { id: input.cart_id },
    })
    const cart = transform({ carts }, ({ carts }) => carts[0])
    validateStoreCreditCartStep({ cart_id: input.cart_id, cart, customer_id: input.customer_id })
    const lineIds = transform({ cart }, ({ cart }) => storeCreditLinesOf(cart as any).map((line: any) => line.id as string))
    when("has-store-credit-line", { lineIds }, ({ lineIds }) => lineIds.length > 0).then(() => {
      deleteCartCreditLinesWorkflow.runAsStep({ input: { id: lineIds } })
      refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    })
    return new WorkflowResponse(lineIds)
  }
)
