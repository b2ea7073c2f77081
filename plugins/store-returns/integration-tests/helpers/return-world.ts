import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  createInventoryLevelsWorkflow,
  createOrderFulfillmentWorkflow,
  createPromotionsWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStorePickupOptionWorkflow, markPickupReadyWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { createStoreTakeAwayOptionWorkflow } from "@passerelle/medusa-plugin-pos/workflows"
import { checkoutCart, plainly, storeKey } from "@passerelle/medusa-plugin-stores/testing/checkout"
import {
  adminHeaders,
  createNetwork,
  Network,
  signInNewAssociate,
} from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"
import {
  createFrenchRegion,
  createOneSizeProducts,
  createWarehouseHomeDelivery,
} from "@passerelle/medusa-plugin-stores/testing/french-shop"

export const SWEATER = { sku: "PM-M", barcode: "2026000000017", price: 80 }
export const SOCKS = { sku: "SOCKS", barcode: "2026000000031", price: 10 }
export const WELCOME_CODE = "BIENVENUE10"

export type Tablet = { headers: Record<string, string> }

export type ReturnWorld = {
  network: Network
  regionId: string
  variantIds: { sweater: string; socks: string }
  itemIds: { sweater: string; socks: string }
  warehouseDeliveryOptionId: string
  pickupOptionId: string
  /** Léa, associate at PAR-01 (the store that sells and hands over pickups). */
  paris: Tablet
  /** Hugo, associate at LYO-01, a store that never stocked anything. */
  lyon: Tablet
  /** Maud, manager at LYO-01. */
  lyonManager: Tablet
  /** Bruno, associate at BDX-01, another store that never stocked anything. */
  bordeaux: Tablet
  associateIds: Record<"paris" | "lyon" | "lyonManager" | "bordeaux", string>
}

/**
 * The returns suites' world: a warehouse and three stores (PAR-01 stocks and sells, hands over click & collect;
 * LYO-01 and BDX-01 never stocked anything), a EUR region with 20 % VAT included in prices, a sweater (80 €) and
 * socks tagged non-returnable (10 €), a 10 % welcome code, home delivery from the warehouse, Paris's take-away
 * and pickup options, and an associate signed in at each store (plus a manager at Lyon).
 */
export async function openReturnWorld(container: MedusaContainer, api: AxiosInstance): Promise<ReturnWorld> {
  const network = await createNetwork(container, [
    { code: "PAR-01", name: "Paris", city: "Paris", timezone: "Europe/Paris", latitude: 48.85, longitude: 2.35, offers_pickup: true } as any,
    { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
    { code: "BDX-01", name: "Bordeaux", city: "Bordeaux", timezone: "Europe/Paris", latitude: 44.84, longitude: -0.58 },
  ])
  const { regionId, shippingProfileId } = await createFrenchRegion(container)
  const product = container.resolve(Modules.PRODUCT)
  const [tag] = await product.createProductTags([{ value: "non-returnable" }])
  const catalog = await createOneSizeProducts(container, network, shippingProfileId, [
    { title: "Pull marin", ...SWEATER },
    { title: "Chaussettes", ...SOCKS, tag_ids: [tag.id] },
  ])
  const itemIds = { sweater: catalog.itemIds[SWEATER.sku], socks: catalog.itemIds[SOCKS.sku] }
  // Only the warehouse and Paris ever stock anything: Lyon and Bordeaux have no inventory level at all.
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: Object.values(itemIds).flatMap((inventory_item_id) =>
        [network.warehouseId, network.stores["PAR-01"].stock_location_id].map((location_id) => ({
          inventory_item_id,
          location_id,
          stocked_quantity: 10,
        }))
      ),
    },
  })
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: WELCOME_CODE,
          type: "standard",
          status: "active",
          is_tax_inclusive: true,
          application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
        },
      ],
    },
  })
  await createStoreTakeAwayOptionWorkflow(container).run({
    input: {
      store: { code: "PAR-01", stock_location_id: network.stores["PAR-01"].stock_location_id, sales_channel_id: network.posChannelId },
      shipping_profile_id: shippingProfileId,
    },
  })
  const { result: pickup } = await createStorePickupOptionWorkflow(container).run({
    input: { store_profile_id: network.stores["PAR-01"].id, shipping_profile_id: shippingProfileId },
  })
  const warehouseDeliveryOptionId = await createWarehouseHomeDelivery(container, network, shippingProfileId)

  const admin = await adminHeaders(container, api)
  const signIn = (email: string, employee_code: string, storeCode: string, role: "associate" | "manager" = "associate") =>
    signInNewAssociate(api, admin, { email, employee_code, home_store_id: network.stores[storeCode].id, role })
  const tablets = {
    paris: await signIn("lea@example.com", "E-1", "PAR-01"),
    lyon: await signIn("hugo@example.com", "E-2", "LYO-01"),
    lyonManager: await signIn("maud@example.com", "E-3", "LYO-01", "manager"),
    bordeaux: await signIn("bruno@example.com", "E-4", "BDX-01"),
  }
  const associateIds = {} as ReturnWorld["associateIds"]
  for (const [name, tablet] of Object.entries(tablets)) {
    associateIds[name as keyof typeof tablets] = (await api.get("/pos/me", tablet)).data.associate.id
  }
  return {
    network,
    regionId: regionId,
    variantIds: { sweater: catalog.variantIds[SWEATER.sku], socks: catalog.variantIds[SOCKS.sku] },
    itemIds,
    warehouseDeliveryOptionId,
    pickupOptionId: pickup.shipping_option_id!,
    ...tablets,
    associateIds,
  }
}

/** Captures an order's payment, as the shop does when it ships (Medusa refunds captured payments only). */
export async function captureOrderPayment(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.id"],
    filters: { id: orderId },
  })
  for (const payment of (order as any).payment_collections.flatMap((c: any) => c.payments)) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  }
}

/** A web order placed through Medusa's store routes (the welcome code when asked), paid and captured. */
export async function placeWebOrder(
  container: MedusaContainer,
  api: AxiosInstance,
  world: ReturnWorld,
  { items, optionId, promo, email = "camille@example.com" }: {
    items: { variant_id: string; quantity: number }[]
    optionId: string
    promo?: string
    email?: string
  }
): Promise<string> {
  const cartId = await checkoutCart(api, { key: world.network.webKey, regionId: world.regionId, items, optionId, email })
  if (promo) {
    await plainly("apply the code", api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [promo] }, storeKey(world.network.webKey)))
    // The payment session was started before the discount: start it again for the new total.
    const { data: { cart } } = await api.get(`/store/carts/${cartId}?fields=payment_collection.id`, storeKey(world.network.webKey))
    await plainly(
      "restart the payment session",
      api.post(`/store/payment-collections/${cart.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, storeKey(world.network.webKey))
    )
  }
  const { data } = await plainly("complete the cart", api.post(`/store/carts/${cartId}/complete`, {}, storeKey(world.network.webKey)))
  if (data.type !== "order") {
    throw new Error(`The cart didn't complete: ${JSON.stringify(data)}`)
  }
  await captureOrderPayment(container, data.order.id)
  return data.order.id as string
}

/** Ships every line of an order from the warehouse and marks it delivered (`deliveredDaysAgo` back-dates it). */
export async function deliverFromWarehouse(container: MedusaContainer, world: ReturnWorld, orderId: string, deliveredDaysAgo = 0) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["items.*", "items.detail.quantity"], filters: { id: orderId } })
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: {
      order_id: orderId,
      location_id: world.network.warehouseId,
      items: (order as any).items.map((i: any) => ({ id: i.id, quantity: Number(i.detail?.quantity ?? i.quantity) })),
    },
  })
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: fulfillment.id } })
  if (deliveredDaysAgo) {
    await ageDelivery(container, orderId, deliveredDaysAgo)
  }
  return fulfillment.id
}

/** Moves an order's deliveries back in time, through the fulfillment module (as if delivered N days ago). */
export async function ageDelivery(container: MedusaContainer, orderId: string, days: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: orderId } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const deliveredAt = new Date(Date.now() - days * 24 * 60 * 60 * 1000)
  for (const f of (order as any).fulfillments) {
    await fulfillment.updateFulfillment(f.id, { delivered_at: deliveredAt })
  }
}

/** A click & collect order at Paris, made ready and handed over (Medusa's "mark as picked up"), paid and captured. */
export async function collectAtParis(container: MedusaContainer, api: AxiosInstance, world: ReturnWorld, quantity = 1) {
  const orderId = await placeWebOrder(container, api, world, {
    items: [{ variant_id: world.variantIds.sweater, quantity }],
    optionId: world.pickupOptionId,
    email: "pickup@example.com",
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let pickupId: string | undefined
  for (let waited = 0; waited < 30_000 && !pickupId; waited += 100) {
    const { data: [order] } = await query.graph({ entity: "order", fields: ["pickup.id"], filters: { id: orderId } })
    pickupId = (order as any)?.pickup?.id
    if (!pickupId) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  if (!pickupId) {
    throw new Error(`Order ${orderId} got no pickup`)
  }
  const { result } = await markPickupReadyWorkflow(container).run({ input: { pickup_id: pickupId, associate_id: world.associateIds.paris } })
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: result.fulfillment_id } })
  return orderId
}

/** A POS sale of one sweater at Paris, paid in cash (the POS plugin's own routes). Returns the order id. */
export async function cashSaleAtParis(api: AxiosInstance, world: ReturnWorld) {
  const { data: { cart } } = await plainly("open a POS cart", api.post("/pos/carts", {}, world.paris))
  await plainly("scan the sweater", api.post(`/pos/carts/${cart.id}/line-items`, { barcode: SWEATER.barcode }, world.paris))
  const { data } = await plainly(
    "pay cash",
    api.post(
      `/pos/carts/${cart.id}/complete`,
      { payments: [{ method: "cash", tendered: 100 }] },
      { headers: { ...world.paris.headers, "idempotency-key": `sale-${cart.id}` } }
    )
  )
  return data.order_id as string
}

/** stocked quantity of an item at a location, or null when the location has no level for it. */
export async function stockedAt(container: MedusaContainer, inventoryItemId: string, locationId: string) {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
  return level ? Number(level.stocked_quantity) : null
}

/** What was written for an order: Medusa returns, store returns, refunds. */
export async function returnTrail(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "returns.id", "returns.status", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  const storeReturns = await (container.resolve("storeReturns") as any).listStoreReturns({ order_id: orderId }, { relations: ["lines"] })
  return {
    returns: ((order as any).returns ?? []).map((r: any) => r.status),
    refunds: ((order as any).payment_collections ?? []).flatMap((c: any) => (c.payments ?? []).flatMap((p: any) => (p.refunds ?? []).map((r: any) => Number(r.amount)))),
    storeReturns: storeReturns as any[],
  }
}
