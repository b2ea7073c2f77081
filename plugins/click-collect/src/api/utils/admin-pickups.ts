import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PickupStatus } from "../../modules/click-collect/models/pickup"
import { fullName } from "../../utils/full-name"

/**
 * What the admin reads of a pickup: never its code hash, lock counters or code check state. The order and the
 * store come through the links (pickup → order → customer, pickup → stock location → store profile).
 */
export const ADMIN_PICKUP_FIELDS = [
  "id",
  "status",
  "code_hint",
  "placed_at",
  "preparing_at",
  "ready_at",
  "hold_until",
  "reminded_at",
  "collected_at",
  "collected_by",
  "expired_at",
  "canceled_at",
  "updated_at",
  "order.id",
  "order.display_id",
  "order.email",
  "order.customer.first_name",
  "order.customer.last_name",
  "order.shipping_address.first_name",
  "order.shipping_address.last_name",
  "stock_location.id",
  "stock_location.name",
  "stock_location.store_profile.id",
  "stock_location.store_profile.code",
  "stock_location.store_profile.name",
]

/** Statuses in which a pickup still waits for someone (staff or the shopper). */
export const OPEN_PICKUP_STATUSES: PickupStatus[] = ["placed", "preparing", "ready"]

const MINUTE = 60_000

/** A pickup as the admin shows it: flat timestamps, the order and store it belongs to, minutes waiting. */
export function toAdminPickup(pickup: any, now = new Date()) {
  const order = pickup.order ?? null
  const location = pickup.stock_location ?? null
  const profile = location?.store_profile ?? null
  const open = OPEN_PICKUP_STATUSES.includes(pickup.status)
  return {
    id: pickup.id as string,
    status: pickup.status as PickupStatus,
    code_hint: (pickup.code_hint ?? null) as string | null,
    placed_at: pickup.placed_at,
    preparing_at: pickup.preparing_at ?? null,
    ready_at: pickup.ready_at ?? null,
    hold_until: pickup.hold_until ?? null,
    reminded_at: pickup.reminded_at ?? null,
    collected_at: pickup.collected_at ?? null,
    collected_by: pickup.collected_by ?? null,
    expired_at: pickup.expired_at ?? null,
    canceled_at: pickup.canceled_at ?? null,
    updated_at: pickup.updated_at,
    // Since the shopper placed the order, while the pickup is open; a closed pickup waits for nobody.
    minutes_waiting: open
      ? Math.max(0, Math.floor((now.getTime() - new Date(pickup.placed_at).getTime()) / MINUTE))
      : null,
    order: order && {
      id: order.id as string,
      display_id: order.display_id as number,
      email: (order.email ?? null) as string | null,
      customer_name: fullName(order.customer) ?? fullName(order.shipping_address),
    },
    store: location && {
      id: (profile?.id ?? null) as string | null,
      code: (profile?.code ?? null) as string | null,
      name: (profile?.name ?? location.name) as string,
      stock_location_id: location.id as string,
    },
  }
}
export type AdminPickup = ReturnType<typeof toAdminPickup>

/**
 * Names of the people behind timeline entries: associates (stores plugin) and admin users, read by id in one
 * query each. An id that is neither (a job, a deleted person) has no name.
 */
export async function actorNames(container: MedusaContainer, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  const names = new Map<string, string>()
  if (!unique.length) {
    return names
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: associates }, { data: users }] = await Promise.all([
    query.graph({ entity: "associate", fields: ["id", "first_name", "last_name"], filters: { id: unique } }),
    query.graph({ entity: "user", fields: ["id", "first_name", "last_name", "email"], filters: { id: unique } }),
  ])
  for (const person of [...associates, ...users] as any[]) {
    const name = fullName(person) ?? person.email
    if (name) {
      names.set(person.id, name)
    }
  }
  return names
}
