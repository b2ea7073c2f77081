import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setCartShippingAddressStepId = "set-cart-shipping-address"

type Address = Record<string, string | null | undefined>
type Input = { cart_id: string; address: Address }

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "province",
  "country_code",
  "phone",
] as const

/**
 * Gives a sale the address its goods leave for (the customer's home, or the store's counter for a take-away). Undone
 * by putting back the address it had, which Medusa's updateCartWorkflow does not do when a later step fails.
 * Taxes follow when the shipping method is then added (Medusa refreshes the cart there).
 */
export const setCartShippingAddressStep = createStep(
  setCartShippingAddressStepId,
  async ({ cart_id, address }: Input, { container }) => {
    const cartModule = container.resolve(Modules.CART)
    const cart = await cartModule.retrieveCart(cart_id, { relations: ["shipping_address"] })
    const previous = cart.shipping_address
      ? (Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, (cart.shipping_address as any)[field] ?? null])) as Address)
      : null
    await cartModule.updateCarts(cart_id, { shipping_address: address as any })
    return new StepResponse(address, { cart_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container.resolve(Modules.CART).updateCarts(undo.cart_id, { shipping_address: (undo.previous as any) ?? null })
  }
)
