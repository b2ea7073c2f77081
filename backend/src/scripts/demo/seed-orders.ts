import { ContainerRegistrationKeys, MedusaError, PromotionActions } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  updateCartPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  DEMO_CURRENCY_CODE,
  DEMO_WAREHOUSE,
  FREE_DELIVERY,
  FREE_DELIVERY_THRESHOLD,
  STANDARD_DELIVERY,
  SYSTEM_PAYMENT_PROVIDER_ID,
} from "./constants"
import { DEMO_CUSTOMERS } from "./customers-data"
import { DEMO_ORDERS, DemoOrder, DemoOrderProgress } from "./order-plan"
import { Catalog } from "./seed-catalog"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import { CustomerIds } from "./seed-customers"
import { Fulfillment } from "./seed-fulfillment"
import { LocationIds } from "./seed-locations"
import { SalesChannels } from "./seed-sales-channels"

type OrderDeps = {
  regionId: string
  channels: SalesChannels
  locationIds: LocationIds
  fulfillment: Fulfillment
  catalog: Catalog
  customerIds: CustomerIds
}

const STAGES: DemoOrderProgress[] = ["placed", "fulfilled", "shipped", "delivered"]
const reached = (order: Pick<DemoOrder, "progress">, stage: DemoOrderProgress) =>
  STAGES.indexOf(order.progress) >= STAGES.indexOf(stage)

/**
 * The demo's order history, placed the way a shopper's checkout places it: a Web Store cart,
 * shipping method, payment session with the system provider, completeCartWorkflow. Orders are
 * only placed for demo customers who have none yet, so a re-run adds nothing.
 */
export async function seedOrders(context: DemoSeedContext, deps: OrderDeps): Promise<void> {
  const { container } = context
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const planned = [...new Set(DEMO_ORDERS.map((o) => o.customerEmail))]
  const plannedIds = planned.map((email) => deps.customerIds[email])
  const { data: existing } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { customer_id: plannedIds },
  })
  const withHistory = new Set(existing.map((o) => o.customer_id))
  const toPlace = DEMO_ORDERS.filter((o) => !withHistory.has(deps.customerIds[o.customerEmail]))

  // One at a time: each completion locks the cart and the inventory items it reserves.
  for (const order of toPlace) {
    const orderId = await placeOrder(context, deps, order)
    await advanceOrder(context, deps, order, orderId)
  }

  const count = (stage: DemoOrderProgress) => DEMO_ORDERS.filter((o) => reached(o, stage)).length
  logProgress(
    context,
    "orders",
    `${DEMO_ORDERS.length} web orders for ${planned.length} customers, ${count("fulfilled")} fulfilled, ` +
      `${count("shipped")} shipped, ${count("delivered")} delivered (${createdNote(toPlace.length)})`
  )
}

async function placeOrder(context: DemoSeedContext, deps: OrderDeps, order: DemoOrder): Promise<string> {
  const { container } = context
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const customer = DEMO_CUSTOMERS.find((c) => c.email === order.customerEmail)
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Demo order for unknown customer ${order.customerEmail}`)
  }
  const address = {
    first_name: customer.first_name,
    last_name: customer.last_name,
    phone: customer.phone,
    ...customer.address,
  }

  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: deps.regionId,
      sales_channel_id: deps.channels.webStoreId,
      currency_code: DEMO_CURRENCY_CODE,
      customer_id: deps.customerIds[customer.email],
      email: customer.email,
      shipping_address: address,
      billing_address: address,
      items: order.items.map((item) => {
        const variantId = deps.catalog.variantIds[item.sku]
        if (!variantId) {
          throw new MedusaError(MedusaError.Types.NOT_FOUND, `Demo order uses unknown SKU ${item.sku}`)
        }
        return { variant_id: variantId, quantity: item.quantity }
      }),
    },
  })

  if (order.promoCode) {
    await updateCartPromotionsWorkflow(container).run({
      input: { cart_id: cart.id, promo_codes: [order.promoCode], action: PromotionActions.ADD },
    })
  }

  const optionId =
    order.delivery === "standard" ? deps.fulfillment.standardOptionId : deps.fulfillment.freeOptionId
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: optionId }] },
  })
  await checkDeliveryPrice(context, cart.id, order)

  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const {
    data: [withCollection],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "payment_collection.id"],
    filters: { id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: {
      payment_collection_id: withCollection.payment_collection!.id,
      provider_id: SYSTEM_PAYMENT_PROVIDER_ID,
    },
  })

  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return result.id
}

/**
 * The free-delivery rule, checked on every demo cart: the price Medusa charged must be 0 at or
 * above the threshold and the standard rate below it. A failure means the conditional price
 * stopped working, which the demo must not hide.
 */
async function checkDeliveryPrice(context: DemoSeedContext, cartId: string, order: DemoOrder) {
  const query = context.container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "item_total", "shipping_methods.amount", "shipping_methods.raw_amount"],
    filters: { id: cartId },
  })
  const itemTotal = Number(cart.item_total)
  const charged = Number(cart.shipping_methods?.[0]?.amount)
  const expected =
    order.delivery === "standard"
      ? STANDARD_DELIVERY.amount
      : itemTotal >= FREE_DELIVERY_THRESHOLD
        ? FREE_DELIVERY.amountAtOrAboveThreshold
        : FREE_DELIVERY.amountBelowThreshold
  if (charged !== expected) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Delivery for ${order.customerEmail} cost €${charged} on €${itemTotal} of items, expected €${expected}`
    )
  }
}

/** Takes a placed order through fulfilment (from the warehouse), shipment with payment capture, and delivery. */
export async function advanceOrder(
  context: DemoSeedContext,
  deps: Pick<OrderDeps, "locationIds">,
  order: Pick<DemoOrder, "progress">,
  orderId: string
) {
  if (!reached(order, "fulfilled")) {
    return
  }
  const { container } = context
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [placed],
  } = await query.graph({
    entity: "order",
    // "items.*", not "items.quantity": an order item's quantity lives on its detail row and only
    // the full item selection maps it back (asked for alone, it comes back undefined).
    fields: ["id", "items.*", "payment_collections.payments.id"],
    filters: { id: orderId },
  })
  const placedItems = (placed.items ?? []) as ({ id: string; quantity: unknown } | null)[]
  const items = placedItems.map((item) => ({ id: item!.id, quantity: Number(item!.quantity) }))

  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: orderId, items, location_id: deps.locationIds[DEMO_WAREHOUSE.code] },
  })
  if (!reached(order, "shipped")) {
    return
  }

  await createOrderShipmentWorkflow(container).run({
    input: { order_id: orderId, fulfillment_id: fulfillment.id, items },
  })
  // Capture when the parcel leaves, as card schemes expect for goods shipped later.
  for (const collection of placed.payment_collections ?? []) {
    for (const payment of collection?.payments ?? []) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment!.id } })
    }
  }
  if (!reached(order, "delivered")) {
    return
  }

  await markOrderFulfillmentAsDeliveredWorkflow(container).run({
    input: { orderId, fulfillmentId: fulfillment.id },
  })
}
