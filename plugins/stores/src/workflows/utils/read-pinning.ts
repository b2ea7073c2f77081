import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  findShortages,
  lineLabel,
  PinnedDemand,
  PinningLine,
  PinningShippingMethod,
  Shortage,
} from "../../utils/reservation-pinning"

/** What the pinning rule reads of a cart or an order. */
export type PinningSubject = { lines: PinningLine[]; methods: PinningShippingMethod[] }

const LINE_FIELDS = [
  "items.*",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.product.shipping_profile.id",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
]

type ItemRow = {
  id: string
  quantity: unknown
  product_title?: string | null
  title?: string | null
  variant_sku?: string | null
  variant?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    product?: { shipping_profile?: { id: string } | null } | null
    inventory_items?: ({ inventory_item_id: string; required_quantity: unknown } | null)[] | null
  } | null
}

type SubjectRow = {
  items?: (ItemRow | null)[] | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
}

async function readSubject(container: MedusaContainer, entity: "cart" | "order", id: string): Promise<PinningSubject> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    fields: ["id", ...LINE_FIELDS, "shipping_methods.shipping_option_id"],
    filters: { id },
  })
  const row = (data[0] ?? {}) as SubjectRow
  const lines = (row.items ?? []).filter((item): item is ItemRow => !!item).map(toLine)
  const optionIds = (row.shipping_methods ?? []).map((m) => m?.shipping_option_id).filter((id): id is string => !!id)
  const options = await readShippingOptions(container, optionIds)
  const methods = (row.shipping_methods ?? []).filter(Boolean).map((method) => {
    const option = options.get(method!.shipping_option_id ?? "")
    return { shipping_profile_id: option?.shipping_profile_id ?? null, location_id: option?.location_id ?? null }
  })
  return { lines, methods }
}

function toLine(item: ItemRow): PinningLine {
  const variant = item.variant
  return {
    id: item.id,
    quantity: Number(item.quantity),
    shipping_profile_id: variant?.product?.shipping_profile?.id ?? null,
    manage_inventory: !!variant?.manage_inventory,
    allow_backorder: !!variant?.allow_backorder,
    inventory_items: (variant?.inventory_items ?? [])
      .filter((i): i is { inventory_item_id: string; required_quantity: unknown } => !!i)
      .map((i) => ({ inventory_item_id: i.inventory_item_id, required_quantity: Number(i.required_quantity ?? 1) })),
    label: lineLabel(item.product_title ?? item.title, item.variant_sku),
  }
}

type OptionRow = {
  id: string
  shipping_profile_id: string | null
  service_zone?: { fulfillment_set?: { location?: { id: string } | null } | null } | null
}

/** Each option's shipping profile and stock location (shipping_option → service_zone → fulfillment_set → location). */
async function readShippingOptions(container: MedusaContainer, ids: string[]) {
  const options = new Map<string, { shipping_profile_id: string | null; location_id: string | null }>()
  if (!ids.length) {
    return options
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id", "service_zone.fulfillment_set.location.id"],
    filters: { id: ids },
  })
  for (const option of data as OptionRow[]) {
    options.set(option.id, {
      shipping_profile_id: option.shipping_profile_id ?? null,
      location_id: option.service_zone?.fulfillment_set?.location?.id ?? null,
    })
  }
  return options
}

export const readCartPinning = (container: MedusaContainer, cartId: string) => readSubject(container, "cart", cartId)
export const readOrderPinning = (container: MedusaContainer, orderId: string) =>
  readSubject(container, "order", orderId)

/** `Paris Marais (PAR-01)` for a store (its code added unless the name has it), the name alone for a warehouse. */
export async function readLocationLabels(container: MedusaContainer, ids: string[]): Promise<(id: string) => string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "store_profile.code"],
    filters: { id: [...new Set(ids)] },
  })
  const labels = new Map(
    (data as { id: string; name: string; store_profile?: { code: string } | null }[]).map((l) => [
      l.id,
      l.store_profile?.code && !l.name.includes(l.store_profile.code) ? `${l.name} (${l.store_profile.code})` : l.name,
    ])
  )
  return (id) => labels.get(id) ?? id
}

/**
 * The demands the locations can't meet right now. `ownReservations` are reservations already made for these lines
 * (an order's, while it is being relocated): they hold stock the lines may use, so they count as available.
 */
export async function readShortages(
  container: MedusaContainer,
  demand: PinnedDemand[],
  ownReservations: { inventory_item_id: string; location_id: string; quantity: unknown }[] = []
): Promise<Shortage[]> {
  if (!demand.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({
    inventory_item_id: [...new Set(demand.map((d) => d.inventory_item_id))],
    location_id: [...new Set(demand.map((d) => d.location_id))],
  })
  const key = (location: string, item: string) => `${location}\u0000${item}`
  const available = new Map<string, number>()
  for (const level of levels) {
    available.set(
      key(level.location_id, level.inventory_item_id),
      Number(level.stocked_quantity) - Number(level.reserved_quantity)
    )
  }
  for (const reservation of ownReservations) {
    const k = key(reservation.location_id, reservation.inventory_item_id)
    if (available.has(k)) {
      available.set(k, available.get(k)! + Number(reservation.quantity))
    }
  }
  return findShortages(demand, (location, item) => available.get(key(location, item)) ?? 0)
}
