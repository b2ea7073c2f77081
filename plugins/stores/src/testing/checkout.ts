/**
 * Test helpers for checkouts through Medusa's store routes (exported as
 * `@passerelle/medusa-plugin-stores/testing/checkout`): a cart taken to the point of completion, and where its
 * reservations landed. Medusa never loads this folder at run time.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"

export const storeKey = (key: string) => ({ headers: { "x-publishable-api-key": key } })

export const SHOPPER_ADDRESS = {
  first_name: "Camille",
  last_name: "Martin",
  address_1: "12 rue des Archives",
  city: "Paris",
  postal_code: "75004",
  country_code: "fr",
}

export type CheckoutCartInput = {
  /** The publishable key: the cart's sales channel. */
  key: string
  regionId: string
  items: { variant_id: string; quantity: number }[]
  /** The shipping option chosen for every line. */
  optionId: string
  /** One per cart when carts are made at the same time: Medusa makes a guest customer per new email. */
  email?: string
}

/**
 * Runs a request; a failure becomes a plain error saying what failed and why. An AxiosError holds circular
 * references, which break jest's JSON report.
 */
export async function plainly<T>(what: string, request: Promise<T>): Promise<T> {
  try {
    return await request
  } catch (error) {
    const { response, message } = error as { response?: { status: number; data: unknown }; message?: string }
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${what}: ${response ? `${response.status} ${JSON.stringify(response.data)}` : message}`
    )
  }
}

/**
 * A cart taken to the point of completion through Medusa's store routes: lines, the shipping option, a payment
 * session with the system provider (pp_system_default). Returns its id.
 */
export async function checkoutCart(
  api: AxiosInstance,
  { key, regionId, items, optionId, email = "camille@example.com" }: CheckoutCartInput
): Promise<string> {
  const headers = storeKey(key)
  const { data: { cart } } = await plainly(
    "create the cart",
    api.post(
      "/store/carts",
      { region_id: regionId, email, shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS },
      headers
    )
  )
  for (const item of items) {
    await plainly(`add ${item.variant_id}`, api.post(`/store/carts/${cart.id}/line-items`, item, headers))
  }
  await plainly(`choose ${optionId}`, api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: optionId }, headers))
  const { data: { payment_collection } } = await plainly(
    "create the payment collection",
    api.post("/store/payment-collections", { cart_id: cart.id }, headers)
  )
  await plainly(
    "start the payment session",
    api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
  )
  return cart.id
}

/** Where the reservations of an inventory item are, as [location id, quantity] pairs (live ones only). */
export async function reservationsOf(container: MedusaContainer, inventoryItemId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId })
  return reservations.map((r) => [r.location_id, Number(r.quantity)] as [string, number])
}

/** stocked and reserved of an inventory item at a location. */
export async function levelOf(container: MedusaContainer, inventoryItemId: string, locationId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}
