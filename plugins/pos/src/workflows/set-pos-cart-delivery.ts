import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolvePosDeliveryStep } from "./steps/resolve-pos-delivery"
import { setCartShippingAddressStep } from "./steps/set-cart-shipping-address"

export type PosDeliveryAddress = {
  first_name: string
  last_name: string
  address_1: string
  address_2?: string
  postal_code: string
  city: string
  country_code: string
  phone?: string
}

export type SetPosCartDeliveryWorkflowInput = {
  cart_id: string
  location_id: string
  shipping_option_id?: string
  shipping_address: PosDeliveryAddress
}

/**
 * The endless aisle: the store hasn't got it, so the sale ships home from a location that has (the warehouse or
 * another store). The cart gets that location's delivery option and the customer's address; at checkout Medusa
 * reserves at that location (reservations follow the shipping option) and the order waits to be shipped there.
 */
export const setPosCartDeliveryWorkflow = createWorkflow(
  "set-pos-cart-delivery",
  (input: SetPosCartDeliveryWorkflowInput) => {
    const delivery = resolvePosDeliveryStep({
      cart_id: input.cart_id,
      location_id: input.location_id,
      shipping_option_id: input.shipping_option_id,
    })
    setCartShippingAddressStep({ cart_id: input.cart_id, address: input.shipping_address })
    const method = transform({ input, delivery }, ({ input, delivery }) => ({
      cart_id: input.cart_id,
      options: [{ id: delivery.shipping_option_id }],
    }))
    addShippingMethodToCartWorkflow.runAsStep({ input: method })
    return new WorkflowResponse(delivery)
  }
)
