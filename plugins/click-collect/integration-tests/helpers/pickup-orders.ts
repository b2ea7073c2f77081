import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"

const SHOPPER_ADDRESS = {
  first_name: "Camille",
  last_name: "Martin",
  address_1: "12 rue des Archives",
  city: "Paris",
  postal_code: "75004",
  country_code: "fr",
}

export type PickupCartSpec = {
  webKey: string
  regionId: string
  optionId: string
  items: { variant_id: string; quantity: number }[]
  email?: string
}

/**
 * A web cart taken to the point of completion through Medusa's store routes: lines, the store's pickup option,
 * a system-provider payment session. Returns its id.
 */
export async function preparePickupCart(api: AxiosInstance, spec: PickupCartSpec): Promise<string> {
  const headers = { headers: { "x-publishable-api-key": spec.webKey } }
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: spec.regionId,
      email: spec.email ?? "camille@example.com",
      shipping_address: SHOPPER_ADDRESS,
      billing_address: SHOPPER_ADDRESS,
    },
    headers
  )
  for (const item of spec.items) {
    await api.post(`/store/carts/${cart.id}/line-items`, item, headers)
  }
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: spec.optionId }, headers)
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
  return cart.id
}

/** A click & collect order placed through POST /store/carts/:id/complete. Returns the order's id. */
export async function placePickupOrder(api: AxiosInstance, spec: PickupCartSpec): Promise<string> {
  const cartId = await preparePickupCart(api, spec)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: { "x-publishable-api-key": spec.webKey } })
  if (data.type !== "order") {
    throw new Error(`The cart didn't complete: ${JSON.stringify(data.error ?? data)}`)
  }
  return data.order.id as string
}

/**
 * The pickup of an order, once the `order.placed` subscriber is done with it: the pickup exists and the payment is
 * captured, its last step (events are delivered after the response, so this waits up to 10 s; on the Redis tier the
 * pickup shows up while the capture is still running). Throws a plain Error when that doesn't happen.
 */
export async function waitForPickup(container: MedusaContainer, orderId: string): Promise<any> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (let waited = 0; waited < 10_000; waited += 100) {
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "pickup.*", "pickup.events.*", "pickup.stock_location.id", "payment_collections.status"],
      filters: { id: orderId },
    })
    const captured = ((order as any)?.payment_collections ?? []).every((collection: any) => collection.status !== "authorized")
    if ((order as any)?.pickup && captured) {
      return (order as any).pickup
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Order ${orderId} got no pickup, or its payment wasn't captured, within 10 s`)
}
