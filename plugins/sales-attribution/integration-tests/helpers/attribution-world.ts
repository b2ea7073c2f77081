import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  createInventoryLevelsWorkflow,
  createPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { createStoreTakeAwayOptionWorkflow } from "@passerelle/medusa-plugin-pos/workflows"
import { plainly, SHOPPER_ADDRESS } from "@passerelle/medusa-plugin-stores/testing/checkout"
import {
  adminHeaders,
  createNetwork,
  Network,
  PASSWORD,
  signInNewAssociate,
} from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"
import {
  createFrenchRegion,
  createOneSizeProducts,
  createWarehouseHomeDelivery,
} from "@passerelle/medusa-plugin-stores/testing/french-shop"
import { SALES_ATTRIBUTION_MODULE } from "../../src/modules/sales-attribution"

export const SWEATER = { sku: "PM-M", barcode: "2026000000017", price: 80 }
export const SOCKS = { sku: "SOCKS", barcode: "2026000000031", price: 10 }
export const WELCOME_CODE = "BIENVENUE10"

export type Tablet = { headers: Record<string, string> }
export type Shopper = { id: string; email: string; headers: { headers: Record<string, string> } }

export const TABLETS = ["lea", "hugo", "maud", "bruno", "ines"] as const
export type TabletName = (typeof TABLETS)[number]

export type AttributionWorld = {
  network: Network
  regionId: string
  variantIds: { sweater: string; socks: string }
  warehouseDeliveryOptionId: string
  /** Pick up at PAR-01 (web carts). */
  pickupOptionId: string
  /**
   * Signed-in tablets: Léa and Hugo (associates at PAR-01), Maud (manager at PAR-01), Bruno (manager at LYO-01),
   * Inès (e-seller at CC-01, the contact centre).
   */
  tablets: Record<TabletName, Tablet>
  associateIds: Record<TabletName, string>
}

/**
 * The attribution suites' world: a warehouse and three stores (PAR-01 stocks, sells and hands over click & collect;
 * LYO-01 stocks and sells; CC-01 "Centre de contact" is the contact centre: no pickup, no shelf, POS channel only),
 * a EUR region with 20 % VAT included in prices, a sweater (80 €) and socks (10 €) on both channels, a 10 % welcome
 * code, home delivery from the warehouse, PAR-01's take-away and pickup options, and five signed-in tablets.
 */
export async function openAttributionWorld(container: MedusaContainer, api: AxiosInstance): Promise<AttributionWorld> {
  const network = await createNetwork(container, [
    { code: "PAR-01", name: "Paris", city: "Paris", timezone: "Europe/Paris", latitude: 48.85, longitude: 2.35, offers_pickup: true } as any,
    { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
    { code: "CC-01", name: "Centre de contact", city: "Lille", timezone: "Europe/Paris", latitude: 50.63, longitude: 3.06, posOnly: true } as any,
  ])
  const { regionId, shippingProfileId } = await createFrenchRegion(container)
  const catalog = await createOneSizeProducts(container, network, shippingProfileId, [
    { title: "Pull marin", ...SWEATER },
    { title: "Chaussettes", ...SOCKS },
  ])
  const itemIds = [SWEATER.sku, SOCKS.sku].map((sku) => catalog.itemIds[sku])
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: itemIds.flatMap((inventory_item_id) =>
        [network.warehouseId, network.stores["PAR-01"].stock_location_id, network.stores["LYO-01"].stock_location_id].map(
          (location_id) => ({ inventory_item_id, location_id, stocked_quantity: 50 })
        )
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
  for (const code of ["PAR-01", "LYO-01"]) {
    await createStoreTakeAwayOptionWorkflow(container).run({
      input: {
        store: { code, stock_location_id: network.stores[code].stock_location_id, sales_channel_id: network.posChannelId },
        shipping_profile_id: shippingProfileId,
      },
    })
  }
  const { result: pickup } = await createStorePickupOptionWorkflow(container).run({
    input: { store_profile_id: network.stores["PAR-01"].id, shipping_profile_id: shippingProfileId },
  })
  const warehouseDeliveryOptionId = await createWarehouseHomeDelivery(container, network, shippingProfileId)

  const admin = await adminHeaders(container, api)
  const signIn = (firstName: string, employee_code: string, storeCode: string, role: "associate" | "manager" = "associate") =>
    signInNewAssociate(api, admin, {
      email: `${firstName.normalize("NFD").replace(/[^a-zA-Z]/g, "").toLowerCase()}@example.com`,
      first_name: firstName,
      employee_code,
      home_store_id: network.stores[storeCode].id,
      role,
    } as any)
  const tablets: Record<TabletName, Tablet> = {
    lea: await signIn("Léa", "E-1", "PAR-01"),
    hugo: await signIn("Hugo", "E-2", "PAR-01"),
    maud: await signIn("Maud", "E-3", "PAR-01", "manager"),
    bruno: await signIn("Bruno", "E-4", "LYO-01", "manager"),
    ines: await signIn("Inès", "E-5", "CC-01"),
  }
  const associateIds = {} as Record<TabletName, string>
  for (const name of TABLETS) {
    associateIds[name] = (await api.get("/pos/me", tablets[name])).data.associate.id
  }
  return {
    network,
    regionId: regionId,
    variantIds: { sweater: catalog.variantIds[SWEATER.sku], socks: catalog.variantIds[SOCKS.sku] },
    warehouseDeliveryOptionId,
    pickupOptionId: pickup.shipping_option_id!,
    tablets,
    associateIds,
  }
}

/** A registered, logged-in shopper on the web shop. */
export async function signUpShopper(api: AxiosInstance, world: AttributionWorld, email: string, firstName = "Camille"): Promise<Shopper> {
  const key = { "x-publishable-api-key": world.network.webKey }
  const { data: registered } = await plainly("register the shopper", api.post("/auth/customer/emailpass/register", { email, password: PASSWORD }))
  await plainly(
    "create the customer",
    api.post("/store/customers", { email, first_name: firstName, last_name: "Martin" }, { headers: { ...key, authorization: `Bearer ${registered.token}` } })
  )
  const { data: login } = await plainly("log in", api.post("/auth/customer/emailpass", { email, password: PASSWORD }))
  const headers = { headers: { ...key, authorization: `Bearer ${login.token}` } }
  const { data: { customer } } = await plainly("read the customer", api.get("/store/customers/me", headers))
  return { id: customer.id, email, headers }
}

/**
 * Pays for a cart that already holds its items and completes it on the web shop, as the shopper (or as a guest
 * when no shopper is given): address, shipping option, payment session, complete. Returns the order id.
 */
export async function completeWebCart(
  api: AxiosInstance,
  world: AttributionWorld,
  cartId: string,
  { shopper, optionId = world.warehouseDeliveryOptionId, promo }: { shopper?: Shopper; optionId?: string; promo?: string } = {}
): Promise<string> {
  const headers = shopper?.headers ?? { headers: { "x-publishable-api-key": world.network.webKey } }
  await plainly(
    "set the addresses",
    api.post(`/store/carts/${cartId}`, { shipping_address: SHOPPER_ADDRESS, billing_address: SHOPPER_ADDRESS }, headers)
  )
  if (promo) {
    await plainly("apply the code", api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [promo] }, headers))
  }
  await plainly(`choose ${optionId}`, api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, headers))
  const { data: { payment_collection } } = await plainly("create the payment collection", api.post("/store/payment-collections", { cart_id: cartId }, headers))
  await plainly(
    "start the payment session",
    api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
  )
  const { data } = await plainly("complete the cart", api.post(`/store/carts/${cartId}/complete`, {}, headers))
  if (data.type !== "order") {
    throw new Error(`The cart didn't complete: ${JSON.stringify(data)}`)
  }
  return data.order.id as string
}

/** A web order: a new cart with these items, completed by the shopper (or a guest with `email`). Returns the order id. */
export async function placeWebOrder(
  api: AxiosInstance,
  world: AttributionWorld,
  {
    items,
    shopper,
    email = shopper?.email ?? "guest@example.com",
    optionId,
    promo,
  }: { items: { variant_id: string; quantity: number }[]; shopper?: Shopper; email?: string; optionId?: string; promo?: string }
): Promise<string> {
  const headers = shopper?.headers ?? { headers: { "x-publishable-api-key": world.network.webKey } }
  const { data: { cart } } = await plainly("create the cart", api.post("/store/carts", { region_id: world.regionId, email }, headers))
  for (const item of items) {
    await plainly(`add ${item.variant_id}`, api.post(`/store/carts/${cart.id}/line-items`, item, headers))
  }
  return completeWebCart(api, world, cart.id, { shopper, optionId, promo })
}

/** A cart an associate builds on the tablet at their store (POS cart), with these barcodes. Returns the cart id. */
export async function posCartOf(api: AxiosInstance, tablet: Tablet, barcodes: string[], customerId?: string): Promise<string> {
  const { data: { cart } } = await plainly("open a POS cart", api.post("/pos/carts", customerId ? { customer_id: customerId } : {}, tablet))
  for (const barcode of barcodes) {
    await plainly(`scan ${barcode}`, api.post(`/pos/carts/${cart.id}/line-items`, { barcode }, tablet))
  }
  return cart.id as string
}

/** A POS sale rung up on this tablet, paid in cash. Returns the order id. */
export async function posSale(api: AxiosInstance, tablet: Tablet, barcodes: string[] = [SWEATER.barcode], customerId?: string) {
  const cartId = await posCartOf(api, tablet, barcodes, customerId)
  const { data } = await plainly(
    "pay cash",
    api.post(
      `/pos/carts/${cartId}/complete`,
      { payments: [{ method: "cash", tendered: 500 }] },
      { headers: { ...tablet.headers, "idempotency-key": `sale-${cartId}` } }
    )
  )
  return data.order_id as string
}

/** Captures an order's payment, as the shop does when it ships (Medusa refunds captured payments only). */
export async function captureOrderPayment(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at"],
    filters: { id: orderId },
  })
  for (const payment of (order as any).payment_collections.flatMap((c: any) => c.payments)) {
    if (!payment.captured_at) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    }
  }
}

/** The module's service, for reading and back-dating records in tests. */
export const attributionService = (container: MedusaContainer) => container.resolve(SALES_ATTRIBUTION_MODULE) as any

/** An order's attribution as written: the header (or null) and its records, oldest first. */
export async function attributionOf(container: MedusaContainer, orderId: string) {
  const service = attributionService(container)
  const [header] = await service.listOrderAttributions({ order_id: orderId })
  const records = await service.listAttributionRecords({ order_id: orderId }, { order: { created_at: "ASC" } })
  return { header: header ?? null, records: records as any[] }
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Moves a touchpoint back `days` days (its occurrence and its expiry), as if it happened then. */
export async function ageTouchpoint(container: MedusaContainer, touchpointId: string, days: number) {
  const service = attributionService(container)
  const touchpoint = await service.retrieveTouchpoint(touchpointId)
  await service.updateTouchpoints({
    id: touchpointId,
    occurred_at: new Date(new Date(touchpoint.occurred_at).getTime() - days * DAY_MS),
    expires_at: new Date(new Date(touchpoint.expires_at).getTime() - days * DAY_MS),
  })
}

/** Moves a shared cart back `days` days (its expiry and its touchpoint). */
export async function ageSharedCart(container: MedusaContainer, sharedCartId: string, days: number) {
  const service = attributionService(container)
  const sharedCart = await service.retrieveSharedCart(sharedCartId, { relations: ["touchpoint"] })
  await service.updateSharedCarts({
    id: sharedCartId,
    expires_at: new Date(new Date(sharedCart.expires_at).getTime() - days * DAY_MS),
  })
  await ageTouchpoint(container, sharedCart.touchpoint.id, days)
}

/**
 * A shared cart taken over: the tablet builds a POS cart with these barcodes (for `customerId` when given) and shares
 * it, then the shopper claims it on the web shop. Returns the ids (cart, shared cart, its touchpoint) and the token.
 */
export async function shareAndClaim(
  api: AxiosInstance,
  tablet: Tablet,
  shopper: Shopper,
  { barcodes = [SWEATER.barcode], customerId }: { barcodes?: string[]; customerId?: string } = {}
) {
  const cartId = await posCartOf(api, tablet, barcodes, customerId)
  const { data } = await plainly("share the cart", api.post("/pos/shared-carts", { cart_id: cartId }, tablet))
  const token = data.shared_cart.token as string
  await plainly("claim the shared cart", api.post(`/store/shared-carts/${token}/claim`, {}, shopper.headers))
  return { cartId, sharedCartId: data.shared_cart.id as string, touchpointId: data.touchpoint.id as string, token }
}

/**
 * Waits until the engine attributed an order (the `order.placed` subscriber runs after the response) and returns
 * its attribution as written.
 */
export async function awaitAttribution(container: MedusaContainer, orderId: string, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const attribution = await attributionOf(container, orderId)
    if (attribution.header && attribution.records.length) {
      return attribution
    }
    if (Date.now() > deadline) {
      throw new Error(`Order ${orderId} was not attributed within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Records a touchpoint straight through the module service (as the capture routes would), `daysAgo` days back,
 * expiring after `windowDays`. Returns it.
 */
export async function recordTouchpoint(
  container: MedusaContainer,
  world: AttributionWorld,
  {
    by,
    store,
    kind = "assisted",
    customerId = null,
    cartId = null,
    contact = kind === "assisted" ? "phone" : null,
    daysAgo = 0,
    windowDays = 14,
  }: {
    by: TabletName
    store: string
    kind?: "shared_cart" | "assisted" | "appointment"
    customerId?: string | null
    cartId?: string | null
    contact?: string | null
    daysAgo?: number
    windowDays?: number
  }
) {
  const occurredAt = new Date(Date.now() - daysAgo * DAY_MS)
  return attributionService(container).createTouchpoints({
    kind,
    associate_id: world.associateIds[by],
    store_id: world.network.stores[store].id,
    customer_id: customerId,
    cart_id: cartId,
    contact,
    occurred_at: occurredAt,
    expires_at: new Date(occurredAt.getTime() + windowDays * DAY_MS),
  })
}

/** An order's credit base in cents, from Medusa's own totals: total + store credit spent − tax. */
export async function creditBaseCentsOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "total", "tax_total", "credit_line_total", "discount_total", "shipping_total"],
    filters: { id: orderId },
  })
  const o = order as any
  return Math.round((Number(o.total) + Number(o.credit_line_total ?? 0) - Number(o.tax_total)) * 100)
}

/** The sum of records' amounts in cents. */
export const centsOf = (records: { amount: unknown }[]) => records.reduce((sum, r) => sum + Math.round(Number(r.amount) * 100), 0)

/** Headers of the world's admin user (created by `openAttributionWorld`), logged in again. */
export async function adminLogin(api: AxiosInstance) {
  const { data } = await plainly("log the admin in", api.post("/auth/user/emailpass", { email: "merch@example.com", password: PASSWORD }))
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** The id of an order's line for a SKU. */
export async function orderLineOf(container: MedusaContainer, orderId: string, sku: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["items.id", "items.variant_sku"], filters: { id: orderId } })
  return (order as any).items.find((item: any) => item.variant_sku === sku).id as string
}

/** Forgets an order's attribution entirely (header, records, link), so a test can run the engine on it again. */
export async function forgetAttribution(container: MedusaContainer, orderId: string) {
  const service = attributionService(container)
  const { header, records } = await attributionOf(container, orderId)
  if (records.length) {
    await service.deleteAttributionRecords(records.map((r: any) => r.id))
  }
  if (header) {
    // Hard delete of the order↔attribution link row, so the order can be linked again.
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    const { rows } = await pg.raw("select tablename from pg_tables where tablename like '%order_attribution%order%'")
    for (const { tablename } of rows) {
      await pg.raw(`delete from "${tablename}" where order_attribution_id = ?`, [header.id])
    }
    await service.deleteOrderAttributions(header.id)
  }
  const touchpoints = await service.listTouchpoints({ order_id: orderId })
  if (touchpoints.length) {
    await service.deleteTouchpoints(touchpoints.map((t: any) => t.id))
  }
}
