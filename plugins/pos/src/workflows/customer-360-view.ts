import { MathBN } from "@medusajs/framework/utils"

type StoreRef = { id: string; code: string; name: string }

export type Customer360Note = {
  id: string
  body: string
  created_at: string | Date
  author: { id: string; first_name: string; last_name: string } | null
  store: StoreRef | null
}

export type Customer360Address = {
  id: string
  address_name: string | null
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  postal_code: string | null
  province: string | null
  country_code: string | null
  phone: string | null
  is_default_shipping: boolean
  is_default_billing: boolean
}

/** One event of the customer's history. Orders for now; click & collect pickups and returns will join them. */
export type Customer360TimelineEntry = {
  type: "order"
  id: string
  display_id: number
  created_at: string | Date
  /** The sales channel it was sold through (web shop, POS…). */
  channel: { id: string; name: string } | null
  /** The store it was sold in or handed over at; null for a home delivery. */
  store: StoreRef | null
  status: string
  payment_status: string
  fulfillment_status: string
  currency_code: string
  total: number
  subtotal: number
  discount_total: number
  tax_total: number
  shipping_total: number
  /** The total after returns, exchanges and claims (Medusa's `summary.current_order_total`). */
  net_total: number
  refunded_total: number
  item_count: number
}

export type Customer360LifetimeValue = { currency_code: string; amount: number; order_count: number }

export type Customer360LastVisit = { at: string | Date; order_id: string; store: StoreRef }

/** What the customer's consent withholds from associates until they say yes. */
export const WITHHELD_WITHOUT_CONSENT = [
  "addresses",
  "preferences",
  "timeline",
  "lifetime_value",
  "last_visit",
  "notes_from_other_stores",
] as const

export type Customer360 = {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
  company_name: string | null
  has_account: boolean
  created_at: string | Date
  consent: {
    share_history_with_associates: boolean
    share_history_consented_at: string | Date | null
    marketing_consent: boolean
    marketing_consented_at: string | Date | null
  }
  /** The sections the customer's consent keeps from the associate (null below); empty once they consented. */
  withheld: (typeof WITHHELD_WITHOUT_CONSENT)[number][]
  addresses: Customer360Address[] | null
  preferences: { sizes: Record<string, string>; favourite_store: StoreRef | null } | null
  timeline: { entries: Customer360TimelineEntry[]; count: number; limit: number; offset: number } | null
  /** Net sales per currency over every channel, canceled orders excluded. */
  lifetime_value: Customer360LifetimeValue[] | null
  /** The latest order sold in, or handed over at, a store (canceled ones excluded). */
  last_visit: Customer360LastVisit | null
  notes: Customer360Note[]
}

export type Customer360Sources = {
  /** The customer with addresses, preference (and favourite store) and notes (with author and store). */
  profile: any
  /** Every order of the customer with status, currency, summary and store; absent without consent. */
  orders?: any[] | null
  /** One page of their orders, newest first, from Medusa's order list workflow; absent without consent. */
  timeline?: { rows: any[]; metadata: { count: number; skip: number; take: number } } | null
  acting_store_id: string
}

const amount = (value: unknown) => MathBN.convert(value as any).toNumber()

const storeRef = (store: any): StoreRef | null => (store ? { id: store.id, code: store.code, name: store.name } : null)

const byNewest = (a: { created_at: string | Date }, b: { created_at: string | Date }) =>
  new Date(b.created_at).getTime() - new Date(a.created_at).getTime()

/**
 * The customer 360 as an associate may see it. The consent rule: until the customer says yes to
 * `share_history_with_associates` (no by default), the associate sees
 * - who the customer is and how to reach them (name, email, phone, company, online account): what serving them
 *   at the till needs, to find them, attach them to a sale and send the receipt;
 * - both consents, so they can ask;
 * - the notes written in the store they act for: that store's own memory of serving this customer.
 * Addresses, preferences (sizes, favourite store), the order timeline, lifetime value, last visit and the notes of
 * other stores are withheld: null, and named in `withheld`. Orders aren't even read.
 */
export function customer360View({ profile, orders, timeline, acting_store_id }: Customer360Sources): Customer360 {
  const preference = profile.customer_preference ?? null
  const shared = !!preference?.share_history_with_associates

  const notes: Customer360Note[] = (profile.customer_notes ?? [])
    .filter((note: any) => note && (shared || note.store_profile?.id === acting_store_id))
    .map((note: any) => ({
      id: note.id,
      body: note.body,
      created_at: note.created_at,
      author: note.associate
        ? { id: note.associate.id, first_name: note.associate.first_name, last_name: note.associate.last_name }
        : null,
      store: storeRef(note.store_profile),
    }))
    .sort(byNewest)

  const view: Customer360 = {
    id: profile.id,
    first_name: profile.first_name ?? null,
    last_name: profile.last_name ?? null,
    email: profile.email ?? null,
    phone: profile.phone ?? null,
    company_name: profile.company_name ?? null,
    has_account: !!profile.has_account,
    created_at: profile.created_at,
    consent: {
      share_history_with_associates: shared,
      share_history_consented_at: preference?.share_history_consented_at ?? null,
      marketing_consent: !!preference?.marketing_consent,
      marketing_consented_at: preference?.marketing_consented_at ?? null,
    },
    withheld: shared ? [] : [...WITHHELD_WITHOUT_CONSENT],
    addresses: null,
    preferences: null,
    timeline: null,
    lifetime_value: null,
    last_visit: null,
    notes,
  }
  if (!shared) {
    return view
  }

  const placed = (orders ?? []).filter((order: any) => order && order.status !== "canceled")
  return {
    ...view,
    addresses: (profile.addresses ?? []).filter(Boolean).map(address),
    preferences: {
      sizes: preference.sizes ?? {},
      favourite_store: storeRef(preference.store_profile),
    },
    timeline: timeline
      ? {
          entries: timeline.rows.map(timelineEntry),
          count: timeline.metadata.count,
          limit: timeline.metadata.take,
          offset: timeline.metadata.skip,
        }
      : null,
    lifetime_value: lifetimeValue(placed),
    last_visit: lastVisit(placed),
  }
}

function address(a: any): Customer360Address {
  return {
    id: a.id,
    address_name: a.address_name ?? null,
    first_name: a.first_name ?? null,
    last_name: a.last_name ?? null,
    company: a.company ?? null,
    address_1: a.address_1 ?? null,
    address_2: a.address_2 ?? null,
    city: a.city ?? null,
    postal_code: a.postal_code ?? null,
    province: a.province ?? null,
    country_code: a.country_code ?? null,
    phone: a.phone ?? null,
    is_default_shipping: !!a.is_default_shipping,
    is_default_billing: !!a.is_default_billing,
  }
}

function timelineEntry(order: any): Customer360TimelineEntry {
  return {
    type: "order",
    id: order.id,
    display_id: order.display_id,
    created_at: order.created_at,
    channel: order.sales_channel ? { id: order.sales_channel.id, name: order.sales_channel.name } : null,
    store: storeRef(order.store_profile),
    status: order.status,
    payment_status: order.payment_status,
    fulfillment_status: order.fulfillment_status,
    currency_code: order.currency_code,
    total: amount(order.total),
    subtotal: amount(order.subtotal),
    discount_total: amount(order.discount_total),
    tax_total: amount(order.tax_total),
    shipping_total: amount(order.shipping_total),
    net_total: amount(order.summary?.current_order_total ?? order.total),
    refunded_total: amount(order.summary?.refunded_total),
    item_count: (order.items ?? []).reduce((sum: number, item: any) => sum + Number(item?.quantity ?? 0), 0),
  }
}

/** Net sales per currency: each order's total after returns, exchanges and claims. */
function lifetimeValue(orders: any[]): Customer360LifetimeValue[] {
  const byCurrency = new Map<string, { amount: ReturnType<typeof MathBN.convert>; order_count: number }>()
  for (const order of orders) {
    const entry = byCurrency.get(order.currency_code) ?? { amount: MathBN.convert(0), order_count: 0 }
    entry.amount = MathBN.add(entry.amount, order.summary?.current_order_total ?? 0)
    entry.order_count += 1
    byCurrency.set(order.currency_code, entry)
  }
  return [...byCurrency.entries()]
    .map(([currency_code, { amount, order_count }]) => ({ currency_code, amount: amount.toNumber(), order_count }))
    .sort((a, b) => b.amount - a.amount)
}

function lastVisit(orders: any[]): Customer360LastVisit | null {
  const inStore = orders.filter((order) => order.store_profile).sort(byNewest)[0]
  return inStore ? { at: inStore.created_at, order_id: inStore.id, store: storeRef(inStore.store_profile)! } : null
}
