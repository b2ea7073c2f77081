import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AttributionRule, Beneficiary, RecordKind, RecordRule } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { toMajorUnits, toMinorUnits } from "../../utils/minor-units"

/** An order's attribution header, with what returns took back and what is left (active records only). */
export type AttributionHeaderView = {
  id: string
  order_id: string
  rule: AttributionRule
  reason: string
  placed_at: string
  sales_channel_id: string | null
  sales_channel_name: string | null
  currency_code: string
  /** The credit base: the order total net of tax, store credit counted. */
  gross_amount: number
  /** Credit taken back by returns (positive). */
  returned_amount: number
  /** gross − returned. */
  net_amount: number
  created_at: string
  updated_at: string
}

/** One credit record, named for people: who (associate and store, store alone, or the house account) and why. */
export type AttributionRecordView = {
  id: string
  kind: RecordKind
  return_id: string | null
  beneficiary: Beneficiary
  associate_id: string | null
  associate_name: string | null
  store_id: string | null
  store_code: string | null
  store_name: string | null
  /** "Léa Martin (PAR-01)", "PAR-01 Paris" or the house account's name. */
  label: string
  sales_channel_id: string | null
  currency_code: string
  /** Signed, major units. */
  amount: number
  rule: RecordRule
  reason: string
  touchpoint_id: string | null
  occurred_at: string
  superseded_at: string | null
  superseded_by_override_id: string | null
  written_by_override_id: string | null
  created_at: string
}

/** A manager's (or admin's) reassignment, as audited. */
export type AttributionOverrideView = {
  id: string
  reason: string
  actor_type: "associate" | "user"
  actor_id: string
  actor_name: string | null
  store_id: string | null
  store_code: string | null
  previous: Record<string, unknown>
  assignment: Record<string, unknown>
  created_at: string
}

/** The answer of `GET /admin/orders/:id/attribution` and `GET /pos/attributions/:order_id`. */
export type AttributionView = {
  attribution: AttributionHeaderView | null
  /** Every record, superseded ones included, oldest first. */
  records: AttributionRecordView[]
  overrides: AttributionOverrideView[]
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/** An order's attribution for people to read: header, all records (superseded too) and overrides, with names. */
export async function loadAttributionView(scope: MedusaContainer, orderId: string): Promise<AttributionView> {
  const service = scope.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [header] = await service.listOrderAttributions({ order_id: orderId }, { take: 1 })
  if (!header) {
    return { attribution: null, records: [], overrides: [] }
  }
  const [records, overrides] = await Promise.all([
    service.listAttributionRecords({ order_id: orderId }, { order: { created_at: "ASC" } }),
    service.listAttributionOverrides({ order_id: orderId }, { order: { created_at: "ASC" } }),
  ])
  const associateIds = [
    ...new Set([
      ...records.map((r) => r.associate_id),
      ...overrides.filter((o) => o.actor_type === "associate").map((o) => o.actor_id),
    ].filter((id): id is string => !!id)),
  ]
  const storeIds = [...new Set([...records.map((r) => r.store_id), ...overrides.map((o) => o.store_id)].filter((id): id is string => !!id))]
  const [{ data: associates }, { data: stores }, { data: channels }] = await Promise.all([
    associateIds.length
      ? query.graph({ entity: "associate", fields: ["id", "first_name", "last_name"], filters: { id: associateIds } })
      : Promise.resolve({ data: [] as any[] }),
    storeIds.length
      ? query.graph({ entity: "store_profile", fields: ["id", "code", "name"], filters: { id: storeIds } })
      : Promise.resolve({ data: [] as any[] }),
    header.sales_channel_id
      ? query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { id: header.sales_channel_id } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const associateName = (id: string | null) => {
    const associate = (associates as any[]).find((a) => a.id === id)
    return associate ? [associate.first_name, associate.last_name].filter(Boolean).join(" ") : null
  }
  const store = (id: string | null) => (stores as any[]).find((s) => s.id === id) ?? null
  const houseName = service.options.houseAccountName

  const active = records.filter((record) => !record.superseded_at)
  const minor = (amount: unknown) => toMinorUnits(amount as any)
  const grossMinor = minor(header.gross_amount)
  const returnedMinor = -active.filter((r) => r.kind === "return").reduce((sum, r) => sum + minor(r.amount), 0)

  return {
    attribution: {
      id: header.id,
      order_id: header.order_id,
      rule: header.rule,
      reason: header.reason,
      placed_at: iso(header.placed_at)!,
      sales_channel_id: header.sales_channel_id ?? null,
      sales_channel_name: (channels as any[])[0]?.name ?? null,
      currency_code: header.currency_code,
      gross_amount: toMajorUnits(grossMinor),
      returned_amount: toMajorUnits(returnedMinor),
      net_amount: toMajorUnits(grossMinor - returnedMinor),
      created_at: iso(header.created_at)!,
      updated_at: iso(header.updated_at)!,
    },
    records: records.map((record): AttributionRecordView => {
      const recordStore = store(record.store_id ?? null)
      const name = associateName(record.associate_id ?? null)
      const label =
        record.beneficiary === "house"
          ? houseName
          : record.beneficiary === "store"
            ? [recordStore?.code, recordStore?.name].filter(Boolean).join(" ")
            : `${name ?? record.associate_id}${recordStore ? ` (${recordStore.code})` : ""}`
      return {
        id: record.id,
        kind: record.kind,
        return_id: record.return_id ?? null,
        beneficiary: record.beneficiary,
        associate_id: record.associate_id ?? null,
        associate_name: name,
        store_id: record.store_id ?? null,
        store_code: recordStore?.code ?? null,
        store_name: recordStore?.name ?? null,
        label,
        sales_channel_id: record.sales_channel_id ?? null,
        currency_code: record.currency_code,
        amount: Number(record.amount),
        rule: record.rule,
        reason: record.reason,
        touchpoint_id: record.touchpoint_id ?? null,
        occurred_at: iso(record.occurred_at)!,
        superseded_at: iso(record.superseded_at),
        superseded_by_override_id: record.superseded_by_override_id ?? null,
        written_by_override_id: record.written_by_override_id ?? null,
        created_at: iso(record.created_at)!,
      }
    }),
    overrides: overrides.map((override): AttributionOverrideView => ({
      id: override.id,
      reason: override.reason,
      actor_type: override.actor_type,
      actor_id: override.actor_id,
      actor_name: override.actor_type === "associate" ? associateName(override.actor_id) : null,
      store_id: override.store_id ?? null,
      store_code: store(override.store_id ?? null)?.code ?? null,
      previous: override.previous as Record<string, unknown>,
      assignment: override.assignment as Record<string, unknown>,
      created_at: iso(override.created_at)!,
    })),
  }
}
