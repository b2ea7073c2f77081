/**
 * TEST FIXTURE. Store returns made the long way, for the suites about the record (the shopper's account, the
 * admin order page) while `POST /pos/returns` is built elsewhere: a real order placed by a signed-in shopper,
 * fulfilled from the warehouse and delivered through Medusa's workflows, a real Medusa return created with
 * `createAndCompleteReturnOrderWorkflow` and received with `receiveAndCompleteReturnOrderWorkflow`, then the
 * `store_return` row, its lines and its links written directly (the module's service and Medusa's Link), as
 * the return workflow will.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createAndCompleteReturnOrderWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createReturnReasonsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  receiveAndCompleteReturnOrderWorkflow,
} from "@medusajs/medusa/core-flows"
import type { RefundMethod, ReturnCondition } from "@passerelle/medusa-plugin-store-returns/constants"
import { plainly, SHOPPER_ADDRESS, storeKey } from "@passerelle/medusa-plugin-stores/testing/checkout"
import {
  adminHeaders,
  createNetwork,
  Network,
  PASSWORD,
  signInNewAssociate,
} from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"
import { randomUUID } from "node:crypto"

export const SWEATER = { title: "Pull marin", sku: "PM-M", price: 50 }
export const PARIS = { code: "PAR-01", name: "Paris Marais" }
export const LYON = { code: "LYO-01", name: "Lyon Presqu'île" }

export type Headers = { headers: Record<string, string> }

export type Shopper = { customerId: string; email: string; headers: Headers }

export type ReturnCounter = {
  network: Network
  regionId: string
  variantId: string
  deliveryOptionId: string
  /** A Medusa return reason ("Too small"). */
  reasonId: string
  admin: Headers
  /** Léa, associate at Paris Marais, and Hugo, manager at Lyon. */
  lea: { id: string; headers: Headers }
  hugo: { id: string; headers: Headers }
}

/**
 * Two stores and the warehouse, a region in EUR, one sweater (€50) stocked at the warehouse (the stores have an
 * empty level), home delivery from the warehouse, a return reason, an admin and an associate at each store.
 */
export async function openReturnCounter(container: MedusaContainer, api: AxiosInstance): Promise<ReturnCounter> {
  const network = await createNetwork(container, [
    { ...PARIS, city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
    { ...LYON, city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
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
          title: SWEATER.title,
          status: "published",
          shipping_profile_id: profile.id,
          sales_channels: [{ id: network.webChannelId }, { id: network.posChannelId }],
          options: [{ title: "Size", values: ["M"] }],
          variants: [
            { title: "M", sku: SWEATER.sku, manage_inventory: true, options: { Size: "M" }, prices: [{ currency_code: "eur", amount: SWEATER.price }] },
          ],
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
  const itemId = (variant as any).inventory_items[0].inventory_item_id
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        { inventory_item_id: itemId, location_id: network.warehouseId, stocked_quantity: 10 },
        ...Object.values(network.stores).map((s) => ({ inventory_item_id: itemId, location_id: s.stock_location_id, stocked_quantity: 0 })),
      ],
    },
  })

  // Home delivery from the warehouse.
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: network.warehouseId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ],
  })
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: network.warehouseId, fulfillment_set_data: { name: "Warehouse delivery", type: "shipping" } },
  })
  const { data: [warehouse] } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: network.warehouseId },
  })
  const { result: [zone] } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        { name: "France", fulfillment_set_id: (warehouse as any).fulfillment_sets[0].id, geo_zones: [{ type: "country", country_code: "fr" }] },
      ],
    },
  })
  const { result: [delivery] } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard delivery",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "Standard delivery", code: "standard" },
        prices: [{ currency_code: "eur", amount: 5 }],
        rules: [],
      },
    ],
  })
  const { result: [reason] } = await createReturnReasonsWorkflow(container).run({
    input: { data: [{ value: "too_small", label: "Too small" }] },
  })

  const admin = await adminHeaders(container, api)
  const associate = async (email: string, employee_code: string, storeCode: string, role: "associate" | "manager") => {
    const headers = await signInNewAssociate(api, admin, {
      email,
      employee_code,
      home_store_id: network.stores[storeCode].id,
      role,
    })
    const { data: [found] } = await query.graph({ entity: "associate", fields: ["id"], filters: { email } })
    return { id: (found as any).id as string, headers }
  }
  return {
    network,
    regionId: region.id,
    variantId: (variant as any).id,
    deliveryOptionId: delivery.id,
    reasonId: reason.id,
    admin,
    lea: await associate("lea@example.com", "E-1", PARIS.code, "associate"),
    hugo: await associate("hugo@example.com", "E-2", LYON.code, "manager"),
  }
}

/** A shopper with an account, signed in: their bearer token and the web shop's publishable key. */
export async function signUpShopper(api: AxiosInstance, counter: ReturnCounter, email: string, firstName: string): Promise<Shopper> {
  const key = storeKey(counter.network.webKey).headers
  const { data: registered } = await plainly(
    `register ${email}`,
    api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
  )
  const { data: { customer } } = await plainly(
    `create the customer ${email}`,
    api.post(
      "/store/customers",
      { email, first_name: firstName, last_name: "Martin" },
      { headers: { ...key, authorization: `Bearer ${registered.token}` } }
    )
  )
  const { data: signedIn } = await plainly(`sign in ${email}`, api.post("/auth/customer/emailpass", { email, password: PASSWORD }))
  return { customerId: customer.id, email, headers: { headers: { ...key, authorization: `Bearer ${signedIn.token}` } } }
}

/**
 * An order placed on the web shop by a signed-in shopper (or a guest, when `shopper` is null), delivered from the
 * warehouse: checkout through Medusa's store routes, then fulfilment, shipment and delivery through its workflows.
 * Returns the order's id and its one line's id.
 */
export async function placeDeliveredOrder(
  container: MedusaContainer,
  api: AxiosInstance,
  counter: ReturnCounter,
  shopper: Shopper | null,
  quantity: number
): Promise<{ orderId: string; lineItemId: string }> {
  const headers = shopper?.headers ?? storeKey(counter.network.webKey)
  const email = shopper?.email ?? "guest@example.com"
  const { data: { cart } } = await plainly(
    "create the cart",
    api.post(
      "/store/carts",
      { region_id: counter.regionId, email, shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS },
      headers
    )
  )
  await plainly("add the sweater", api.post(`/store/carts/${cart.id}/line-items`, { variant_id: counter.variantId, quantity }, headers))
  await plainly("choose delivery", api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: counter.deliveryOptionId }, headers))
  const { data: { payment_collection } } = await plainly(
    "create the payment collection",
    api.post("/store/payment-collections", { cart_id: cart.id }, headers)
  )
  await plainly(
    "start the payment session",
    api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
  )
  const { data: completed } = await plainly("complete the cart", api.post(`/store/carts/${cart.id}/complete`, {}, headers))
  if (completed.type !== "order") {
    throw new Error(`The cart didn't complete: ${JSON.stringify(completed.error ?? completed)}`)
  }
  const order = completed.order
  const items = order.items.map((item: any) => ({ id: item.id as string, quantity: Number(item.quantity) }))

  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: order.id, items, location_id: counter.network.warehouseId },
  })
  await createOrderShipmentWorkflow(container).run({ input: { order_id: order.id, fulfillment_id: fulfillment.id, items } })
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: order.id, fulfillmentId: fulfillment.id } })
  return { orderId: order.id, lineItemId: items[0].id }
}

export type StoreReturnSpec = {
  orderId: string
  storeCode: string
  associateId: string
  lines: { line_item_id: string; quantity: number; condition: ReturnCondition; reason_id?: string }[]
  refund_method: RefundMethod
  override?: { reason: string; by: string }
}

/**
 * A store return as `POST /pos/returns` will leave it: Medusa's return created and received at the store's
 * location (every returned line received, damaged ones too: stock is not what the record suites look at), the
 * refund of the returned units at the price paid, then the `store_return` with its lines and its three links.
 */
export async function recordStoreReturn(container: MedusaContainer, counter: ReturnCounter, spec: StoreReturnSpec) {
  const store = counter.network.stores[spec.storeCode]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "currency_code", "items.*"],
    filters: { id: spec.orderId },
  })
  const itemOf = (id: string) => (order as any).items.find((item: any) => item.id === id)

  const { result: medusaReturn } = await createAndCompleteReturnOrderWorkflow(container).run({
    input: {
      order_id: spec.orderId,
      location_id: store.stock_location_id,
      items: spec.lines.map((line) => ({ id: line.line_item_id, quantity: line.quantity, reason_id: line.reason_id })),
      // A store return ships nothing back: the delivery option stands in for the return method, at no charge.
      return_shipping: { option_id: counter.deliveryOptionId, price: 0 },
      // Not receive_now: in Medusa 2.21 it receives every order line at its full quantity, so returning part of an
      // order throws ("Cannot receive more items than what was requested"). The returned lines are received next.
      receive_now: false,
    },
  })
  await receiveAndCompleteReturnOrderWorkflow(container).run({
    input: {
      return_id: medusaReturn.id,
      items: spec.lines.map((line) => ({ id: line.line_item_id, quantity: line.quantity })),
    },
  })

  const storeReturns = container.resolve("storeReturns") as any
  const refundAmount = spec.lines.reduce((sum, line) => sum + Number(itemOf(line.line_item_id).unit_price) * line.quantity, 0)
  const storeReturn = await storeReturns.createStoreReturns({
    idempotency_key: `fixture-${randomUUID()}`,
    request_hash: "fixture",
    status: "completed",
    order_id: spec.orderId,
    return_id: medusaReturn.id,
    location_id: store.stock_location_id,
    refund_method: spec.refund_method,
    refund_amount: refundAmount,
    currency_code: (order as any).currency_code,
    override_reason: spec.override?.reason ?? null,
    override_by: spec.override?.by ?? null,
    completed_at: new Date(),
  })
  await storeReturns.createStoreReturnLines(
    spec.lines.map((line) => ({
      store_return_id: storeReturn.id,
      line_item_id: line.line_item_id,
      variant_id: itemOf(line.line_item_id).variant_id ?? null,
      quantity: line.quantity,
      condition: line.condition,
      return_reason_id: line.reason_id ?? null,
    }))
  )

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create([
    { storeReturns: { store_return_id: storeReturn.id }, [Modules.ORDER]: { return_id: medusaReturn.id } },
    { storeProfile: { store_profile_id: store.id }, storeReturns: { store_return_id: storeReturn.id } },
    { associate: { associate_id: spec.associateId }, storeReturns: { store_return_id: storeReturn.id } },
  ])
  return { storeReturnId: storeReturn.id as string, returnId: medusaReturn.id as string, refundAmount }
}
