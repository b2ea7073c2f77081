import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateStoreCreditCartInput = {
  cart_id: string
  cart: { id: string; customer_id?: string | null; completed_at?: string | Date | null } | undefined
  customer_id: string
}

/**
 * Only the signed-in customer's own, open cart can take or give back their store credit. Another customer's cart
 * reads as missing, as Medusa answers for a cart one can't see.
 */
export const validateStoreCreditCartStep = createStep(
  "validate-store-credit-cart",
  async ({ cart_id, cart, customer_id }: ValidateStoreCreditCartInput) => {
    if (!cart || cart.customer_id !== customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cart_id} was not found`)
    }
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
    }
    return new StepResponse(undefined)
  }
)
