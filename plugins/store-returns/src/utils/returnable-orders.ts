import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lineEligibility, LineEligibility, OrderLineFacts, ReturnPolicy } from "./return-eligibility"

/** An order as the counter sees it when something comes back: who bought it, where, and each line's eligibility. */
export type ReturnableOrder = {
  id: string
  display_id: number
  email: string | null
  created_at: string
  currency_code: string
  status: string
  total: number
  sales_channel: { id: string; name: string } | null
  customer: { id: string; first_name: string | null; last_name: string | null; email: string | null } | null
  /** Paid in cash at a till (POS sale through the system provider): refunded in cash, not to a provider. */
  paid_in_cash: boolean
  lines: LineEligibility[]
}

/** What the reader loads per order: item detail quantities, the line totals, tags, and when things were handed over. */
const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "currency_code",
  "status",
  "canceled_at",
  "total",
  "sales_channel_id",
  "sales_channel.id",
  "sales_channel.name",
  "customer.id",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_id",
  "items.variant_sku",
  "items.quantity",
  "items.total",
  "items.detail.quantity",
  "items.detail.delivered_quantity",
  "items.detail.return_requested_quantity",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
  "items.product.tags.value",
  "fulfillments.id",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
]

/** Turns one order read with ORDER_FIELDS into what the counter shows. */
export function toReturnableOrder(order: any, policy: ReturnPolicy, paidInCash: boolean, now = new Date()): ReturnableOrder {
  const deliveredAtOf = (lineItemId: string) => {
    const dates = (order.fulfillments ?? [])
      .filter((f: any) => f.delivered_at && !f.canceled_at && (f.items ?? []).some((i: any) => i.line_item_id === lineItemId))
      .map((f: any) => new Date(f.delivered_at).getTime())
    // The latest hand-over: the window runs from when the shopper last got units of this line.
    return dates.length ? new Date(Math.max(...dates)) : null
  }
  const lines = (order.items ?? []).map((item: any) => {
    const detail = item.detail ?? {}
    const facts: OrderLineFacts = {
      line_item_id: item.id,
      title: item.product_title && item.title !== item.product_title ? `${item.product_title} ${item.title}` : item.title,
      variant_id: item.variant_id ?? null,
      sku: item.variant_sku ?? null,
      product_tags: (item.product?.tags ?? []).map((t: any) => t.value),
      quantity: Number(detail.quantity ?? item.quantity),
      delivered_quantity: Number(detail.delivered_quantity ?? 0),
      return_requested_quantity: Number(detail.return_requested_quantity ?? 0),
      return_received_quantity: Number(detail.return_received_quantity ?? 0),
      return_dismissed_quantity: Number(detail.return_dismissed_quantity ?? 0),
      total: Number(item.total ?? 0),
      delivered_at: deliveredAtOf(item.id),
    }
    return lineEligibility(facts, policy, now)
  })
  return {
    id: order.id,
    display_id: order.display_id,
    email: order.email ?? null,
    created_at: new Date(order.created_at).toISOString(),
    currency_code: order.currency_code,
    status: order.status,
    total: Number(order.total ?? 0),
    sales_channel: order.sales_channel ? { id: order.sales_channel.id, name: order.sales_channel.name } : null,
    customer: order.customer
      ? {
          id: order.customer.id,
          first_name: order.customer.first_name ?? null,
          last_name: order.customer.last_name ?? null,
          email: order.customer.email ?? null,
        }
      : null,
    paid_in_cash: paidInCash,
    lines,
  }
}

/**
 * Which of these orders were paid (at least partly) in cash at a till. The tenders are the POS plugin's
 * (order ↔ pos_checkout link); without that plugin no order was paid at a till.
 */
async function cashPaidOrderIds(container: MedusaContainer, orderIds: string[]): Promise<Set<string>> {
  if (!orderIds.length) {
    return new Set()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "pos_checkout.tenders.method"],
      filters: { id: orderIds },
    })
    return new Set(
      (data as any[]).filter((o) => (o.pos_checkout?.tenders ?? []).some((t: any) => t.method === "cash")).map((o) => o.id)
    )
  } catch {
    return new Set()
  }
}

/**
 * Loads orders (newest first, at most `limit`) with everything eligibility needs, in one query, and computes each
 * line's eligibility. The one reader behind the order lookup and the store return.
 */
export async function readReturnableOrders(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  policy: ReturnPolicy,
  { limit = 20, now = new Date() }: { limit?: number; now?: Date } = {}
): Promise<ReturnableOrder[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters,
    pagination: { take: limit, order: { created_at: "DESC" } },
  })
  const cash = await cashPaidOrderIds(
    container,
    (data as any[]).map((o) => o.id)
  )
  return (data as any[]).map((order) => toReturnableOrder(order, policy, cash.has(order.id), now))
}

/** Digits only: "+33 6 12 34 56 78" and "0033612345678" are compared on what they share. */
const digitsOf = (phone: string) => phone.replace(/\D/g, "")

/**
 * Ids of orders whose shipping or billing address phone, or whose customer's phone, matches (digits compared,
 * the last 9 so national and international forms of one number meet). One indexed-size SQL read: the phone isn't
 * a filter query.graph offers across the order and customer modules.
 */
export async function orderIdsByPhone(container: MedusaContainer, phone: string, limit = 20): Promise<string[]> {
  const digits = digitsOf(phone)
  if (digits.length < 6) {
    return []
  }
  const tail = digits.slice(-9)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select o.id from "order" o
      where o.deleted_at is null
        and (
          exists (select 1 from order_address a
                   where a.id in (o.shipping_address_id, o.billing_address_id)
                     and right(regexp_replace(coalesce(a.phone, ''), '\\D', '', 'g'), 9) = ?)
          or exists (select 1 from customer c
                      where c.id = o.customer_id and c.deleted_at is null
                        and right(regexp_replace(coalesce(c.phone, ''), '\\D', '', 'g'), 9) = ?)
        )
      order by o.created_at desc
      limit ?`,
    [tail, tail, limit]
  )
  return rows.map((row: { id: string }) => row.id)
}
