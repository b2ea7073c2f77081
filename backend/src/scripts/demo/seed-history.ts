import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { addPosCartItemWorkflow, createPosCartWorkflow } from "@passerelle/medusa-plugin-pos/workflows"
import { SALES_ATTRIBUTION_MODULE } from "@passerelle/medusa-plugin-sales-attribution/modules/sales-attribution"
import { newSharedCartToken } from "@passerelle/medusa-plugin-sales-attribution/utils/shared-cart-token"
import {
  claimSharedCartWorkflow,
  createSharedCartWorkflow,
  recordTouchpointWorkflow,
} from "@passerelle/medusa-plugin-sales-attribution/workflows"
import { STORE_RETURNS_MODULE } from "@passerelle/medusa-plugin-store-returns/modules/store-returns"
import { DEMO_CONTACT_CENTRE, DEMO_CURRENCY_CODE, DEMO_STORES, SYSTEM_PAYMENT_PROVIDER_ID } from "./constants"
import { DEMO_CUSTOMERS } from "./customers-data"
import {
  DEMO_HISTORY_ENTRIES,
  HistoryAction,
  HistoryEntry,
  historyReturnKey,
  historySaleKey,
  historyTimeline,
} from "./history-plan"
import {
  placeDemoHistoryOrderWorkflow,
  returnDemoHistoryItemsWorkflow,
  sellDemoHistoryPosSaleWorkflow,
} from "./history-workflows"
import { Catalog } from "./seed-catalog"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import { CustomerIds } from "./seed-customers"
import { Fulfillment } from "./seed-fulfillment"
import { LocationIds } from "./seed-locations"
import { advanceOrder } from "./seed-orders"
import { SalesChannels } from "./seed-sales-channels"
import { demoAssociates, demoESellers } from "./store-network"

type HistoryDeps = {
  regionId: string
  channels: SalesChannels
  locationIds: LocationIds
  fulfillment: Fulfillment
  catalog: Catalog
  customerIds: CustomerIds
}

/** Ids the history needs, read once: associates by email, store profiles by code. */
type HistoryWorld = HistoryDeps & {
  associates: Record<string, { id: string; role: string }>
  stores: Record<string, { id: string; code: string; stock_location_id: string }>
}

/** How long the seed waits for the attribution subscribers to credit an order or take a return's credit back. */
const ATTRIBUTION_WAIT_MS = 60_000

/**
 * The October 2026 attribution history of `history-plan.ts`, replayed in date order through the real flows: the
 * attribution plugin's workflows record touchpoints and share and claim carts (with their October date as `at`),
 * Medusa's checkout and the pos plugin's till place orders, the store-returns plugin takes goods back, and each
 * order or return is dated in October before its events go out (`history-workflows.ts`), so the attribution
 * subscribers credit it as of that date. The seed waits for each credit before the next action: a POS sale's
 * touchpoint must exist before the same customer's later web order is attributed.
 * Idempotent: touchpoints are found again by kind, associate and time; orders by the POS Idempotency-Key
 * `demo-history-H07` or the cart metadata `demo_history` copied onto the order; returns by their Idempotency-Key.
 */
export async function seedHistory(context: DemoSeedContext, deps: HistoryDeps): Promise<void> {
  const world = await readHistoryWorld(context, deps)
  let created = 0
  for (const action of historyTimeline()) {
    if (await ACTIONS[action.step](context, world, action)) {
      created++
    }
  }

  const count = (kind: HistoryEntry["kind"]) => DEMO_HISTORY_ENTRIES.filter((e) => e.kind === kind).length
  const returns = DEMO_HISTORY_ENTRIES.filter((e) => e.return).length
  logProgress(
    context,
    "history",
    `October 2026: ${count("pos_sale")} POS sales, ${count("shared_cart")} shared carts, ${count("assisted")} assisted ` +
      `and ${count("appointment")} appointment orders, ${count("web")} web orders, ${returns} returns ` +
      `(${createdNote(created)})`
  )
}

const ACTIONS: Record<HistoryAction["step"], (c: DemoSeedContext, w: HistoryWorld, a: HistoryAction) => Promise<boolean>> = {
  touch: (context, world, action) =>
    action.entry.kind === "shared_cart" ? shareCart(context, world, action) : recordTouch(context, world, action),
  claim: claimCart,
  order: (context, world, action) =>
    action.entry.kind === "pos_sale" ? sellAtTheTill(context, world, action) : orderOnline(context, world, action),
  return: takeBack,
}

async function readHistoryWorld(context: DemoSeedContext, deps: HistoryDeps): Promise<HistoryWorld> {
  const query = context.container.resolve(ContainerRegistrationKeys.QUERY)
  const emails = [...demoAssociates(), ...demoESellers()].map((a) => a.email)
  const { data: associates } = await query.graph({
    entity: "associate",
    fields: ["id", "email", "role"],
    filters: { email: emails },
  })
  const codes = [...DEMO_STORES.map((s) => s.code), DEMO_CONTACT_CENTRE.code]
  const { data: stores } = await query.graph({
    entity: "store_profile",
    fields: ["id", "code", "stock_location.id"],
    filters: { code: codes },
  })
  return {
    ...deps,
    associates: Object.fromEntries(associates.map((a: any) => [a.email, { id: a.id, role: a.role }])),
    stores: Object.fromEntries(
      stores.map((s: any) => [s.code, { id: s.id, code: s.code, stock_location_id: s.stock_location?.id }])
    ),
  }
}

const attribution = (context: DemoSeedContext) => context.container.resolve(SALES_ATTRIBUTION_MODULE) as any

function associateOf(world: HistoryWorld, entry: HistoryEntry) {
  const associate = world.associates[entry.associate ?? ""]
  if (!associate) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `History ${entry.key}: no associate ${entry.associate}`)
  }
  return associate
}

function storeOf(world: HistoryWorld, code: string | undefined, key: string) {
  const store = world.stores[code ?? ""]
  if (!store) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `History ${key}: no store ${code}`)
  }
  return store
}

function customerOf(world: HistoryWorld, entry: HistoryEntry) {
  if (!entry.customer) {
    return null
  }
  const id = world.customerIds[entry.customer]
  const customer = DEMO_CUSTOMERS.find((c) => c.email === entry.customer)
  if (!id || !customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `History ${entry.key}: no customer ${entry.customer}`)
  }
  const address = { first_name: customer.first_name, last_name: customer.last_name, phone: customer.phone, ...customer.address }
  return { id, email: customer.email, address }
}

/** The touchpoint an entry's first action recorded, found by its natural key (kind, associate, time). */
async function findTouchpoint(context: DemoSeedContext, world: HistoryWorld, entry: HistoryEntry, at: Date) {
  const [touchpoint] = await attribution(context).listTouchpoints(
    { kind: entry.kind, associate_id: associateOf(world, entry).id, occurred_at: at },
    { relations: ["shared_cart"], take: 1 }
  )
  return touchpoint ?? null
}

/** An assisted contact or an appointment, recorded as of its time in the history. */
async function recordTouch(context: DemoSeedContext, world: HistoryWorld, { entry, at }: HistoryAction) {
  if (await findTouchpoint(context, world, entry, at)) {
    return false
  }
  await recordTouchpointWorkflow(context.container).run({
    input: {
      kind: entry.kind as "assisted" | "appointment",
      associate_id: associateOf(world, entry).id,
      store_id: storeOf(world, entry.store, entry.key).id,
      customer_id: customerOf(world, entry)!.id,
      contact: entry.contact,
      occurred_at: at,
      at,
    },
  })
  return true
}

/** A cart built on the tablet at the associate's store, then shared with the customer as a link. */
async function shareCart(context: DemoSeedContext, world: HistoryWorld, { entry, at }: HistoryAction) {
  if (await findTouchpoint(context, world, entry, at)) {
    return false
  }
  const store = storeOf(world, entry.store, entry.key)
  const associate = associateOf(world, entry)
  const cartId = await buildPosCart(context, world, entry)
  // The link itself is never kept (only its hash is stored): the claim below passes the stored hash.
  const { token_hash } = newSharedCartToken()
  await createSharedCartWorkflow(context.container).run({
    input: {
      cart_id: cartId,
      store: { id: store.id, stock_location_id: store.stock_location_id },
      associate_id: associate.id,
      token_hash,
      at,
    },
  })
  return true
}

/** The customer takes the shared cart over on the web shop (with the stored token hash: the link itself is gone). */
async function claimCart(context: DemoSeedContext, world: HistoryWorld, { entry }: HistoryAction) {
  const sharedCart = await findSharedCart(context, world, entry)
  if (sharedCart.claimed_at) {
    return false
  }
  await claimSharedCartWorkflow(context.container).run({
    input: {
      token_hash: sharedCart.token_hash,
      customer_id: customerOf(world, entry)!.id,
      sales_channel_id: world.channels.webStoreId,
      at: historyClaimInstant(entry),
    },
  })
  return true
}

const historyClaimInstant = (entry: HistoryEntry) =>
  historyTimeline([entry]).find((action) => action.step === "claim")!.at

async function findSharedCart(context: DemoSeedContext, world: HistoryWorld, entry: HistoryEntry) {
  const sharedAt = historyTimeline([entry]).find((action) => action.step === "touch")!.at
  const touchpoint = await findTouchpoint(context, world, entry, sharedAt)
  const [sharedCart] = touchpoint
    ? await attribution(context).listSharedCarts({ touchpoint_id: touchpoint.id }, { take: 1 })
    : []
  if (!sharedCart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `History ${entry.key}: the shared cart was never created`)
  }
  return sharedCart as { id: string; cart_id: string; token_hash: string; claimed_at: Date | null }
}

/** A POS cart at the entry's store, opened by its associate for its customer (if any), with its lines. */
async function buildPosCart(context: DemoSeedContext, world: HistoryWorld, entry: HistoryEntry): Promise<string> {
  const { container } = context
  const store = storeOf(world, entry.store, entry.key)
  const customer = customerOf(world, entry)
  const { result: posCart } = await createPosCartWorkflow(container).run({
    input: {
      store: { id: store.id, stock_location_id: store.stock_location_id, sales_channel_id: world.channels.posId },
      associate_id: associateOf(world, entry).id,
      customer_id: customer?.id,
      email: customer?.email,
    },
  })
  for (const item of entry.items) {
    await addPosCartItemWorkflow(container).run({
      input: {
        cart_id: posCart.cart_id,
        sales_channel_id: world.channels.posId,
        reference: { sku: item.sku },
        quantity: item.quantity,
      },
    })
  }
  await updateCartWorkflow(container).run({ input: { id: posCart.cart_id, metadata: { demo_history: entry.key } } })
  return posCart.cart_id
}

/** A sale rung up at the till, paid by card or in cash, dated in October. */
async function sellAtTheTill(context: DemoSeedContext, world: HistoryWorld, { entry, at }: HistoryAction) {
  const { container } = context
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const key = historySaleKey(entry)
  const { data: done } = await query.graph({ entity: "pos_checkout", fields: ["id"], filters: { idempotency_key: key } })
  if (done.length) {
    return false
  }
  const store = storeOf(world, entry.store, entry.key)
  const cartId = await buildPosCart(context, world, entry)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["id", "total"], filters: { id: cartId } })
  const total = Number(cart.total)
  const payments =
    entry.payment === "cash"
      ? [{ method: "cash" as const, tendered: Math.ceil(total / 10) * 10 }]
      : [{ method: "card" as const, reference: `DEMO-${entry.key}` }]
  const { result } = await sellDemoHistoryPosSaleWorkflow(container).run({
    input: {
      cart_id: cartId,
      idempotency_key: key,
      store: { id: store.id, code: store.code, stock_location_id: store.stock_location_id },
      associate_id: associateOf(world, entry).id,
      payments,
      placed_at: at.toISOString(),
    },
  })
  await awaitAttribution(context, result.order_id)
  return true
}

/** The entry's online order, placed on the web shop with home delivery and dated in October; delivered if returned. */
async function orderOnline(context: DemoSeedContext, world: HistoryWorld, { entry, at }: HistoryAction) {
  const { container } = context
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const customer = customerOf(world, entry)!
  if (await findHistoryOrder(context, world, entry)) {
    return false
  }

  let cartId: string
  if (entry.kind === "shared_cart") {
    cartId = (await findSharedCart(context, world, entry)).cart_id
    await updateCartWorkflow(container).run({
      input: { id: cartId, shipping_address: customer.address, billing_address: customer.address },
    })
  } else {
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: world.regionId,
        sales_channel_id: world.channels.webStoreId,
        currency_code: DEMO_CURRENCY_CODE,
        customer_id: customer.id,
        email: customer.email,
        shipping_address: customer.address,
        billing_address: customer.address,
        metadata: { demo_history: entry.key },
        items: entry.items.map((item) => ({ variant_id: variantId(world, entry, item.sku), quantity: item.quantity })),
      },
    })
    cartId = cart.id
  }

  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cartId, options: [{ id: world.fulfillment.freeOptionId }] },
  })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
  const {
    data: [withCollection],
  } = await query.graph({ entity: "cart", fields: ["id", "payment_collection.id"], filters: { id: cartId } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: withCollection.payment_collection!.id, provider_id: SYSTEM_PAYMENT_PROVIDER_ID },
  })
  const { result } = await placeDemoHistoryOrderWorkflow(container).run({
    input: { cart_id: cartId, placed_at: at.toISOString() },
  })
  await awaitAttribution(context, result.order_id)
  if (entry.return) {
    // Only delivered goods can come back: ship and deliver it (the payment is captured when it ships).
    await advanceOrder(context, world, { progress: "delivered" }, result.order_id)
  }
  return true
}

function variantId(world: HistoryWorld, entry: HistoryEntry, sku: string) {
  const id = world.catalog.variantIds[sku]
  if (!id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `History ${entry.key} uses unknown SKU ${sku}`)
  }
  return id
}

/** The order an entry placed: a POS sale by its checkout's Idempotency-Key, a web order by its metadata. */
async function findHistoryOrder(
  context: DemoSeedContext,
  world: HistoryWorld,
  entry: HistoryEntry
): Promise<{ id: string } | null> {
  const query = context.container.resolve(ContainerRegistrationKeys.QUERY)
  if (entry.kind === "pos_sale") {
    const { data } = await query.graph({
      entity: "pos_checkout",
      fields: ["id", "order.id"],
      filters: { idempotency_key: historySaleKey(entry) },
    })
    return (data[0] as any)?.order ?? null
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { customer_id: customerOf(world, entry)!.id },
  })
  return (orders as any[]).find((o) => o.metadata?.demo_history === entry.key) ?? null
}

/** Goods brought back to a store counter, refunded, and the return dated in October. */
async function takeBack(context: DemoSeedContext, world: HistoryWorld, { entry, at }: HistoryAction) {
  const { container } = context
  const plan = entry.return!
  const key = historyReturnKey(entry)
  const [existing] = await (container.resolve(STORE_RETURNS_MODULE) as any).listStoreReturns(
    { idempotency_key: key },
    { take: 1 }
  )
  if (existing) {
    return false
  }
  const order = await findHistoryOrder(context, world, entry)
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `History ${entry.key}: no order to take back`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [placed],
  } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.variant_sku"], filters: { id: order.id } })
  const lines = plan.lines.map((line) => {
    const item = (placed.items ?? []).find((i: any) => i?.variant_sku === line.sku)
    if (!item) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `History ${entry.key}: the order has no ${line.sku} to return`)
    }
    return { line_item_id: item.id, quantity: line.quantity, condition: "resellable" as const }
  })
  const store = storeOf(world, plan.store, entry.key)
  const associate = world.associates[plan.associate]
  const { result } = await returnDemoHistoryItemsWorkflow(container).run({
    input: {
      idempotency_key: key,
      request_hash: key,
      order_id: order.id,
      store: { id: store.id, stock_location_id: store.stock_location_id },
      associate: { id: associate.id, role: associate.role },
      lines,
      refund_method: plan.refund,
      override: null,
      received_at: at.toISOString(),
    },
  })
  await awaitReversal(context, result.return_id)
  return true
}

/** Waits for the `order.placed` subscriber of the attribution plugin to credit the order. */
async function awaitAttribution(context: DemoSeedContext, orderId: string) {
  await waitFor(
    async () => (await attribution(context).listOrderAttributions({ order_id: orderId }, { take: 1 })).length > 0,
    `order ${orderId} was not attributed`
  )
}

/** Waits for the return subscriber of the attribution plugin to take the returned goods' credit back. */
async function awaitReversal(context: DemoSeedContext, returnId: string) {
  await waitFor(
    async () => (await attribution(context).listAttributionReturns({ return_id: returnId }, { take: 1 })).length > 0,
    `the credit of return ${returnId} was not taken back`
  )
}

async function waitFor(done: () => Promise<boolean>, failure: string) {
  const deadline = Date.now() + ATTRIBUTION_WAIT_MS
  while (!(await done())) {
    if (Date.now() > deadline) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Demo history: ${failure} within ${ATTRIBUTION_WAIT_MS / 1000} s (is the sales-attribution plugin registered?)`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
