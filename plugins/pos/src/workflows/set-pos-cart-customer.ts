import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerAtTheTill, findOrCreateCustomerStep } from "./steps/find-or-create-customer"

export type SetPosCartCustomerWorkflowInput = CustomerAtTheTill & { cart_id: string }

/**
 * Attaches the customer to the sale (found or created at the till), so the sale joins their history in every
 * channel and customer-specific promotions apply.
 */
export const setPosCartCustomerWorkflow = createWorkflow(
  "set-pos-cart-customer",
  (input: SetPosCartCustomerWorkflowInput) => {
    const customer = findOrCreateCustomerStep(input)
    const update = transform({ input, customer }, ({ input, customer }) => ({
      id: input.cart_id,
      customer_id: customer.id,
      ...(customer.email ? { email: customer.email } : {}),
    }))
    updateCartWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(customer)
  }
)
