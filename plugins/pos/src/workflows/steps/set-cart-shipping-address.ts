import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setCartShippingAddressStepId = "set-cart-shipping-address"

type Input = { cart_id: string; address: Record<string, string | null | undefined> }

/**
 * Gives a sale the address its goods leave for (the customer's home, or the store's counter for a take-away). Undone
 * by putting back the address it had, which Medusa's updateCartWorkflow does not do when a later step fails.
 * Taxes follow when the shipping method is then added (Medusa refreshes the cart there).
 */
export const setCartShippingAddressStep = createStep(
  setCartShippingAddressStepId,
  async ({ cart_id, address }: Input, { container }) => {
    const cartModule = container.resolve(Modules.CART)
    const cart = await cartModule.retrieveCart(cart_id, { select: ["id", "shipping_address_id"] })
    const [created] = await cartModule.createAddresses([address as any])
    await cartModule.updateCarts([{ id: cart_id, shipping_address_id: created.id }])
    return new StepResponse(created, {
      cart_id,
      previous_address_id: (cart as any).shipping_address_id ?? null,
      created_address_id: created.id,
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const cartModule = container.resolve(Modules.CART)
    await cartModule.updateCarts([{ id: undo.cart_id, shipping_address_id: undo.previous_address_id }])
    await cartModule.deleteAddresses([undo.created_address_id])
  }
)
