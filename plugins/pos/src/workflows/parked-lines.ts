import { MathBN } from "@medusajs/framework/utils"
import { variantStockAt } from "../api/utils/stock-lookup"

/** A line of a parked sale as it stood when parked: what resuming compares the cart with. */
export type ParkedLine = {
  line_id: string
  variant_id: string | null
  title: string
  sku: string | null
  quantity: number
  unit_price: number
  /** Units the store could sell then; null when the variant's stock isn't managed. */
  available: number | null
}

/** What changed on a line while the sale was parked. A line can have a stock change and a price change. */
export type ResumeChange = {
  line_id: string
  title: string
  sku: string | null
  kind: "sold_out" | "short" | "price_changed"
  quantity: number
  available?: number
  previous_unit_price?: number
  unit_price?: number
  message: string
}

/** The cart line fields both functions read (query.graph on `cart`, under `items.`). */
export const PARKING_LINE_FIELDS = [
  "items.id",
  "items.title",
  "items.variant_id",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.variant.manage_inventory",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
]

const amount = (value: unknown) => MathBN.convert(value as any).toNumber()

/** Units of the line's variant the location can sell now; null when its stock isn't managed. */
function availableAt(item: any, locationId: string): number | null {
  if (item.variant && item.variant.manage_inventory === false) {
    return null
  }
  // A variant deleted since the line was added can't be sold: nothing left.
  return variantStockAt((item.variant?.inventory_items ?? []).filter(Boolean), locationId).available
}

/** The snapshot kept on the POS record when a sale is parked. */
export function parkedSnapshot(items: any[], locationId: string): ParkedLine[] {
  return items.filter(Boolean).map((item) => ({
    line_id: item.id,
    variant_id: item.variant_id ?? null,
    title: item.title,
    sku: item.variant_sku ?? null,
    quantity: Number(item.quantity),
    unit_price: amount(item.unit_price),
    available: availableAt(item, locationId),
  }))
}

function money(value: number, currencyCode: string) {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
}

/**
 * What changed between the parked snapshot and the cart re-priced on resume, line by line: stock the store no
 * longer has (sold out, or fewer units than the sale holds) and prices that moved. Nothing is removed: the
 * associate reads the messages and decides.
 */
export function resumeChanges(
  snapshot: ParkedLine[] | null,
  cart: { currency_code: string; items: any[] },
  location: { id: string; code: string }
): ResumeChange[] {
  const parked = new Map((snapshot ?? []).map((line) => [line.line_id, line]))
  const changes: ResumeChange[] = []
  for (const item of cart.items.filter(Boolean)) {
    const before = parked.get(item.id)
    const quantity = Number(item.quantity)
    const label = item.variant_sku ? `${item.title} (${item.variant_sku})` : item.title
    const line = { line_id: item.id, title: item.title, sku: item.variant_sku ?? null, quantity }
    const wasAvailable = before?.available != null ? ` (was ${before.available} when parked)` : ""

    const available = availableAt(item, location.id)
    if (available !== null && available === 0) {
      changes.push({
        ...line,
        kind: "sold_out",
        available,
        message: `${label}: 0 left at ${location.code}${wasAvailable}`,
      })
    } else if (available !== null && available < quantity) {
      changes.push({
        ...line,
        kind: "short",
        available,
        message: `${label}: only ${available} left at ${location.code}, ${quantity} in the sale${wasAvailable}`,
      })
    }

    const unitPrice = amount(item.unit_price)
    if (before && !MathBN.eq(before.unit_price, unitPrice)) {
      changes.push({
        ...line,
        kind: "price_changed",
        previous_unit_price: before.unit_price,
        unit_price: unitPrice,
        message: `${label}: price now ${money(unitPrice, cart.currency_code)}, was ${money(
          before.unit_price,
          cart.currency_code
        )}`,
      })
    }
  }
  return changes
}
