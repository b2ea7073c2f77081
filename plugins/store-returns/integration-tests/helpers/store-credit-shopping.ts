import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { plainly, SHOPPER_ADDRESS } from "@passerelle/medusa-plugin-stores/testing/checkout"
import { createNetwork, PASSWORD } from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"

/**
 * A web shop for store credit tests: one store (Paris) offering pickup, a EUR region paid through the system
 * provider, and one sweater at 50 EUR with 10 units at the store. Pickup is free, so a cart costs 50 × quantity.
 */
export type Shop = { key: string; regionId: string; variantId: string; itemId: string; locationId: string; pickupOptionId: string }

export async function createShop(container: MedusaContainer): Promise<Shop> {
  const network = await createNetwork(container, [
    { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
  ])
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }] },
  })
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  const { result: [product] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Pull marin",
          status: "published",
          shipping_profile_id: profile.id,
          sales_channels: [{ id: network.webChannelId }],
          options: [{ title: "Size", values: ["M"] }],
          variants: [{ title: "M", sku: "PM-M", manage_inventory: true, options: { Size: "M" }, prices: [{ currency_code: "eur", amount: 50 }] }],
        },
      ],
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [variant] } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { product_id: product.id },
  })
  const itemId = (variant as any).inventory_items[0].inventory_item_id as string
  const locationId = network.stores["PAR-01"].stock_location_id
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: [{ inventory_item_id: itemId, location_id: locationId, stocked_quantity: 10 }] },
  })
  const { result: pickup } = await createStorePickupOptionWorkflow(container).run({
    input: { store_profile_id: network.stores["PAR-01"].id, shipping_profile_id: profile.id },
  })
  return { key: network.webKey, regionId: region.id, variantId: variant.id, itemId, locationId, pickupOptionId: pickup.shipping_option_id! }
}

export type Shopper = { id: string; email: string; headers: { headers: Record<string, string> } }

/** A customer with an account, signed in as a storefront does it: register, create the customer, log in. */
export async function signUpShopper(api: AxiosInstance, shop: Pick<Shop, "key">, email: string): Promise<Shopper> {
  const key = { "x-publishable-api-key": shop.key }
  const { data: registered } = await plainly(
    "register the shopper",
    api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
  )
  await plainly(
    "create the customer",
    api.post("/store/customers", { email, first_name: "Camille", last_name: "Martin" }, { headers: { ...key, authorization: `Bearer ${registered.token}` } })
  )
  const { data: login } = await plainly("log in", api.post("/auth/customer/emailpass", { email, password: PASSWORD }))
  const headers = { headers: { ...key, authorization: `Bearer ${login.token}` } }
  const { data: { customer } } = await plainly("read the customer", api.get("/store/customers/me", headers))
  return { id: customer.id, email, headers }
}

/** The shopper's cart with `quantity` sweaters, to pick up in Paris. Returns its id. */
export async function cartOf(api: AxiosInstance, shop: Shop, shopper: Shopper, quantity = 1): Promise<string> {
  const { data: { cart } } = await plainly(
    "create the cart",
    api.post(
      "/store/carts",
      { region_id: shop.regionId, email: shopper.email, shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS },
      shopper.headers
    )
  )
  await plainly("add the sweater", api.post(`/store/carts/${cart.id}/line-items`, { variant_id: shop.variantId, quantity }, shopper.headers))
  await plainly("choose pickup", api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shop.pickupOptionId }, shopper.headers))
  return cart.id
}

/**
 * Pays what the cart still costs (a payment session with the system provider, skipped when the credit covers it
 * all, as Medusa allows) and completes it. Returns the completion request, to be awaited or expected to fail.
 */
export async function payAndComplete(api: AxiosInstance, shopper: Shopper, cartId: string) {
  await preparePayment(api, shopper, cartId)
  return api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers)
}

/** A payment session for what the cart still costs; none when store credit covers it all (Medusa skips payment). */
export async function preparePayment(api: AxiosInstance, shopper: Shopper, cartId: string) {
  const { data: { cart } } = await plainly("read the cart", api.get(`/store/carts/${cartId}`, shopper.headers))
  if (cart.total > 0) {
    const { data: { payment_collection } } = await plainly(
      "create the payment collection",
      api.post("/store/payment-collections", { cart_id: cartId }, shopper.headers)
    )
    await plainly(
      "start the payment session",
      api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, shopper.headers)
    )
  }
}

/** What an order cost and what its payment took. */
export async function paidFor(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "total", "credit_line_total", "credit_lines.*", "payment_collections.amount", "payment_collections.payments.amount"],
    filters: { id: orderId },
  })
  const o = order as any
  return {
    total: Number(o.total),
    credit: Number(o.credit_line_total),
    creditLines: (o.credit_lines ?? []).map((line: any) => ({ reference: line.reference, amount: Number(line.amount) })),
    collected: (o.payment_collections ?? []).map((pc: any) => Number(pc.amount)),
    payments: (o.payment_collections ?? []).flatMap((pc: any) => (pc.payments ?? []).map((p: any) => Number(p.amount))),
  }
}

export const liveOrders = async (container: MedusaContainer) =>
  (await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length
