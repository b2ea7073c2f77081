import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RefundMethod, ReturnCondition } from "../../constants"

/**
 * What a completed store return reads like on the order's record: the store and associate through the scaffold's
 * links, the lines with their condition, the refund. Shared by the customer's account and the admin order page.
 */
export const STORE_RETURN_RECORD_FIELDS = [
  "id",
  "order_id",
  "return_id",
  "refund_method",
  "refund_amount",
  "currency_code",
  "override_reason",
  "override_by",
  "completed_at",
  "created_at",
  "lines.id",
  "lines.line_item_id",
  "lines.variant_id",
  "lines.quantity",
  "lines.condition",
  "lines.return_reason_id",
  "lines.note",
  "store_profile.id",
  "store_profile.code",
  "store_profile.name",
  "associate.id",
  "associate.first_name",
  "associate.last_name",
  "return.id",
]

/** Only returns that went through: one still processing or that failed moved no goods and no money. */
export const RECORDED_STATUS = "completed"

export type StoreReturnRecordLine = {
  id: string
  line_item_id: string
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  condition: ReturnCondition
  return_reason: { id: string; label: string } | null
  note: string | null
}

export type StoreReturnRecord = {
  id: string
  order_id: string
  order_display_id: number | null
  return_id: string | null
  returned_at: string
  store: { id: string; code: string; name: string } | null
  associate: { id: string; name: string } | null
  refund_method: RefundMethod
  refund_amount: number
  currency_code: string
  override_reason: string | null
  override_by: { id: string; name: string } | null
  lines: StoreReturnRecordLine[]
}

const fullName = (person?: { first_name?: string | null; last_name?: string | null } | null) =>
  [person?.first_name, person?.last_name].filter(Boolean).join(" ")

/**
 * Turns store returns read with STORE_RETURN_RECORD_FIELDS into records: each line gets the title of the order
 * line it took back (the order module's line item) and its return reason's label, the override its manager's name.
 */
export async function toStoreReturnRecords(container: MedusaContainer, storeReturns: any[]): Promise<StoreReturnRecord[]> {
  if (!storeReturns.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(storeReturns.map((r) => r.order_id as string))]
  const reasonIds = [
    ...new Set(storeReturns.flatMap((r) => (r.lines ?? []).map((l: any) => l.return_reason_id)).filter(Boolean)),
  ] as string[]
  const managerIds = [...new Set(storeReturns.map((r) => r.override_by).filter(Boolean))] as string[]

  const [{ data: orders }, { data: reasons }, { data: managers }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ["id", "display_id", "items.id", "items.product_title", "items.variant_title", "items.thumbnail"],
      filters: { id: orderIds },
    }),
    reasonIds.length
      ? query.graph({ entity: "return_reason", fields: ["id", "label"], filters: { id: reasonIds } })
      : Promise.resolve({ data: [] as any[] }),
    managerIds.length
      ? query.graph({ entity: "associate", fields: ["id", "first_name", "last_name"], filters: { id: managerIds } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const orderById = new Map((orders as any[]).map((o) => [o.id, o]))
  const itemById = new Map<string, any>((orders as any[]).flatMap((o) => (o.items ?? []).filter(Boolean).map((i: any) => [i.id, i])))
  const reasonById = new Map((reasons as any[]).map((r) => [r.id, { id: r.id as string, label: r.label as string }]))
  const managerById = new Map((managers as any[]).map((m) => [m.id, { id: m.id as string, name: fullName(m) }]))

  return storeReturns.map((r) => ({
    id: r.id,
    order_id: r.order_id,
    order_display_id: orderById.get(r.order_id)?.display_id ?? null,
    return_id: r.return?.id ?? null,
    returned_at: r.completed_at ?? r.created_at,
    store: r.store_profile ? { id: r.store_profile.id, code: r.store_profile.code, name: r.store_profile.name } : null,
    associate: r.associate ? { id: r.associate.id, name: fullName(r.associate) } : null,
    refund_method: r.refund_method,
    refund_amount: Number(r.refund_amount ?? 0),
    currency_code: r.currency_code,
    override_reason: r.override_reason ?? null,
    override_by: r.override_by ? (managerById.get(r.override_by) ?? { id: r.override_by, name: r.override_by }) : null,
    lines: [...(r.lines ?? [])]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((line: any) => {
        const item = itemById.get(line.line_item_id)
        return {
          id: line.id,
          line_item_id: line.line_item_id,
          variant_id: line.variant_id ?? null,
          product_title: item?.product_title ?? null,
          variant_title: item?.variant_title ?? null,
          thumbnail: item?.thumbnail ?? null,
          quantity: Number(line.quantity),
          condition: line.condition,
          return_reason: line.return_reason_id ? (reasonById.get(line.return_reason_id) ?? null) : null,
          note: line.note ?? null,
        }
      }),
  }))
}
