import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const RECEIPT_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "email",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "shipping_address.*",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.discount_total",
  "items.tax_total",
  "items.total",
  "items.adjustments.code",
  "items.adjustments.amount",
  "items.tax_lines.code",
  "items.tax_lines.rate",
  "shipping_methods.name",
  "shipping_methods.total",
  "shipping_methods.tax_total",
  "shipping_methods.tax_lines.code",
  "shipping_methods.tax_lines.rate",
  "fulfillments.delivered_at",
  "item_subtotal",
  "subtotal",
  "discount_total",
  "tax_total",
  "shipping_total",
  "total",
  "store_profile.id",
  "store_profile.code",
  "store_profile.name",
  "store_profile.phone",
  "associate.first_name",
  "associate.last_name",
  "pos_checkout.idempotency_key",
  "pos_checkout.tenders.method",
  "pos_checkout.tenders.amount",
  "pos_checkout.tenders.tendered",
  "pos_checkout.tenders.change_due",
  "pos_checkout.tenders.card_reference",
]

const round = (amount: unknown) => Math.round(Number(amount ?? 0) * 100) / 100

export type PosReceiptLine = {
  title: string
  variant: string | null
  sku: string | null
  quantity: number
  unit_price: number
  discounts: { code: string | null; amount: number }[]
  tax_rate: number | null
  total: number
}
export type PosReceiptPayment = {
  method: "cash" | "card"
  amount: number
  tendered: number | null
  change_due: number | null
  card_reference: string | null
}
export type PosReceipt = Omit<Awaited<ReturnType<typeof buildPosReceipt>>, "lines" | "payments" | "shipping"> & {
  lines: PosReceiptLine[]
  payments: PosReceiptPayment[]
  shipping: { name: string; total: number }[]
}

/** The store an order belongs to, for the scoping guard: who may print its receipt. */
export async function loadOrderStore(scope: MedusaContainer, orderId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "store_profile.id", "store_profile.code", "pos_checkout.id"],
    filters: { id: orderId },
  })
  return order ? { store: (order as any).store_profile ?? null, is_pos_sale: !!(order as any).pos_checkout } : null
}

/**
 * A sale's receipt: the store and who served, each line with its price, discounts and tax, the tax summary per
 * rate, the totals, and how it was paid (each tender, cash handed over, change given). Amounts are in the
 * currency's main unit, taxes included (European shelf prices).
 */
export async function buildPosReceipt(scope: MedusaContainer, orderId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: RECEIPT_FIELDS, filters: { id: orderId } })
  const o = order as any
  const taxes = new Map<string, { code: string; rate: number; tax: number; total: number }>()
  const addTax = (lines: any[] | undefined, tax: unknown, total: unknown) => {
    const line = (lines ?? [])[0]
    if (!line) {
      return
    }
    const key = `${line.code}:${line.rate}`
    const entry = taxes.get(key) ?? { code: line.code, rate: Number(line.rate), tax: 0, total: 0 }
    entry.tax += Number(tax ?? 0)
    entry.total += Number(total ?? 0)
    taxes.set(key, entry)
  }
  for (const item of o.items ?? []) {
    addTax(item.tax_lines, item.tax_total, item.total)
  }
  for (const method of o.shipping_methods ?? []) {
    addTax(method.tax_lines, method.tax_total, method.total)
  }
  const tenders: PosReceiptPayment[] = (o.pos_checkout?.tenders ?? []).map((t: any) => ({
    method: t.method as "cash" | "card",
    amount: round(t.amount),
    tendered: t.tendered == null ? null : round(t.tendered),
    change_due: t.change_due == null ? null : round(t.change_due),
    card_reference: t.card_reference ?? null,
  }))
  const delivered = (o.fulfillments ?? []).some((f: any) => f?.delivered_at)
  return {
    order_id: o.id as string,
    number: o.display_id as number,
    issued_at: o.created_at as string,
    currency_code: o.currency_code as string,
    store: o.store_profile
      ? { id: o.store_profile.id, code: o.store_profile.code, name: o.store_profile.name, phone: o.store_profile.phone ?? null }
      : null,
    served_by: o.associate ? `${o.associate.first_name} ${o.associate.last_name}`.trim() : null,
    customer: o.customer
      ? { name: `${o.customer.first_name ?? ""} ${o.customer.last_name ?? ""}`.trim() || null, email: o.customer.email }
      : null,
    handover: delivered
      ? { kind: "take_away" as const }
      : {
          kind: "delivery" as const,
          method: o.shipping_methods?.[0]?.name ?? null,
          address: o.shipping_address
            ? {
                name: `${o.shipping_address.first_name ?? ""} ${o.shipping_address.last_name ?? ""}`.trim(),
                address_1: o.shipping_address.address_1,
                postal_code: o.shipping_address.postal_code,
                city: o.shipping_address.city,
                country_code: o.shipping_address.country_code,
              }
            : null,
        },
    lines: (o.items ?? []).map((item: any): PosReceiptLine => ({
      title: item.title,
      variant: item.subtitle ?? null,
      sku: item.variant_sku ?? null,
      quantity: Number(item.quantity),
      unit_price: round(item.unit_price),
      discounts: (item.adjustments ?? []).map((a: any) => ({ code: a.code ?? null, amount: round(a.amount) })),
      tax_rate: item.tax_lines?.[0] ? Number(item.tax_lines[0].rate) : null,
      total: round(item.total),
    })),
    shipping: (o.shipping_methods ?? []).map((m: any): { name: string; total: number } => ({ name: m.name, total: round(m.total) })),
    taxes: [...taxes.values()].map((t) => ({
      code: t.code,
      rate: t.rate,
      base: round(t.total - t.tax),
      tax: round(t.tax),
    })),
    totals: {
      items: round(o.item_subtotal),
      discounts: round(o.discount_total),
      shipping: round(o.shipping_total),
      tax: round(o.tax_total),
      total: round(o.total),
    },
    payments: tenders,
    change_due: round(tenders.reduce((sum, t) => sum + (t.change_due ?? 0), 0)),
  }
}
