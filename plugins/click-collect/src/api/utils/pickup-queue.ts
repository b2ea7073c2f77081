import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLICK_COLLECT_MODULE } from "../../modules/click-collect"
import type { PickupStatus } from "../../modules/click-collect/models/pickup"
import type ClickCollectModuleService from "../../modules/click-collect/service"
import { fullName } from "../../utils/full-name"
import { pickupSla, type PickupSla } from "../../utils/pickup-sla"
import { countLocationPickups, pageLocationPickupIds } from "./location-pickup-queries"

/** A pickup as the store's tablet shows it: the order behind it, its progress and how long it has waited. */
export type PickupSummary = PickupSla & {
  id: string
  status: PickupStatus
  code_hint: string | null
  placed_at: Date
  preparing_at: Date | null
  ready_at: Date | null
  hold_until: Date | null
  collected_at: Date | null
  collected_by: string | null
  expired_at: Date | null
  canceled_at: Date | null
  code_locked_until: Date | null
  order: {
    id: string
    display_id: number | null
    email: string | null
    customer_name: string | null
    items: { id: string; title: string; variant_title: string | null; sku: string | null; quantity: number }[]
  } | null
}

export type PickupTimelineEntry = { id: string; type: string; actor_id: string | null; note: string | null; created_at: Date }

const PICKUP_FIELDS = [
  "id",
  "status",
  "code_hint",
  "placed_at",
  "preparing_at",
  "ready_at",
  "hold_until",
  "collected_at",
  "collected_by",
  "expired_at",
  "canceled_at",
  "code_locked_until",
  "order.id",
  "order.display_id",
  "order.email",
  "order.customer.first_name",
  "order.customer.last_name",
  "order.shipping_address.first_name",
  "order.shipping_address.last_name",
  "order.items.id",
  "order.items.title",
  "order.items.product_title",
  "order.items.variant_title",
  "order.items.variant_sku",
  "order.items.quantity",
  "order.items.detail.quantity",
]

/**
 * The acting store's queue: its pickups in the given statuses, oldest order first, with the count of each
 * status. The store is a link away from its pickups and Query doesn't filter across links, so PostgreSQL pages and
 * counts them through the link table (one grouped query, however many pickups the store handed over before).
 */
export async function listStorePickups(
  scope: MedusaContainer,
  stockLocationId: string,
  page: { statuses: PickupStatus[]; limit: number; offset: number }
): Promise<{ pickups: PickupSummary[]; count: number; counts: Record<PickupStatus, number> }> {
  const [counts, ids] = await Promise.all([
    countLocationPickups(scope, stockLocationId),
    pageLocationPickupIds(scope, stockLocationId, { ...page, order: "placed_at" }),
  ])
  const count = page.statuses.reduce((sum, status) => sum + counts[status], 0)
  return { pickups: await loadPickupSummaries(scope, ids), count, counts }
}

/** One pickup with its timeline, oldest line first. */
export async function loadPickupDetail(
  scope: MedusaContainer,
  pickupId: string
): Promise<PickupSummary & { timeline: PickupTimelineEntry[] }> {
  const [summary] = await loadPickupSummaries(scope, [pickupId])
  const clickCollect = scope.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
  const events = await clickCollect.listPickupEvents(
    { pickup_id: pickupId },
    { select: ["id", "type", "actor_id", "note", "created_at"], order: { created_at: "ASC", id: "ASC" } }
  )
  return {
    ...summary,
    timeline: events.map(({ id, type, actor_id, note, created_at }) => ({ id, type, actor_id, note, created_at: created_at as Date })),
  }
}

/** Summaries of the given pickups, in the order given. */
export async function loadPickupSummaries(scope: MedusaContainer, ids: string[]): Promise<PickupSummary[]> {
  if (!ids.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "pickup", fields: PICKUP_FIELDS, filters: { id: ids } })
  const byId = new Map((data as any[]).map((pickup) => [pickup.id, pickup]))
  const now = new Date()
  return ids.filter((id) => byId.has(id)).map((id) => toSummary(byId.get(id), now))
}

function toSummary(pickup: any, now: Date): PickupSummary {
  const order = pickup.order
  return {
    id: pickup.id,
    status: pickup.status,
    code_hint: pickup.code_hint ?? null,
    placed_at: pickup.placed_at,
    preparing_at: pickup.preparing_at ?? null,
    ready_at: pickup.ready_at ?? null,
    hold_until: pickup.hold_until ?? null,
    collected_at: pickup.collected_at ?? null,
    collected_by: pickup.collected_by ?? null,
    expired_at: pickup.expired_at ?? null,
    canceled_at: pickup.canceled_at ?? null,
    code_locked_until: pickup.code_locked_until ?? null,
    ...pickupSla(pickup, now),
    order: order
      ? {
          id: order.id,
          display_id: order.display_id ?? null,
          email: order.email ?? null,
          // A guest's customer record often has no name: the address she gave at checkout has.
          customer_name: fullName(order.customer) ?? fullName(order.shipping_address),
          items: (order.items ?? []).filter(Boolean).map((item: any) => ({
            id: item.id,
            title: item.product_title ?? item.title,
            variant_title: item.variant_title ?? null,
            sku: item.variant_sku ?? null,
            // Read through the pickup link, a line's quantity is only on its detail.
            quantity: Number(item.quantity ?? item.detail?.quantity ?? 0),
          })),
        }
      : null,
  }
}
