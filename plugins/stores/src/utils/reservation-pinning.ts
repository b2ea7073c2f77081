/**
 * The pinning rule: a cart's (or order's) lines are reserved at the stock location of the shipping option chosen
 * for them, not where Medusa's completeCartWorkflow would put them (the first location of the sales channel that
 * has the stock). Pure functions: the workflows load the data and act on the result.
 */

export type PinningLine = {
  id: string
  quantity: number
  /** The product's shipping profile. */
  shipping_profile_id: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_items: { inventory_item_id: string; required_quantity: number }[]
  /** How a shopper or associate names the line: product title and SKU. */
  label: string
}

export type PinningShippingMethod = {
  shipping_profile_id: string | null
  /** The stock location of the option's fulfillment set: shipping_option → service_zone → fulfillment_set → location. */
  location_id: string | null
}

/**
 * Where each line must be reserved: line id → stock location id. A line is served by the shipping method whose
 * option has the line's shipping profile; a single shipping method serves every line. Lines with no such location
 * (no method, an option without a location, a variant whose inventory isn't managed) are left out: Medusa's default
 * placement stands for them.
 */
export function pinLines(lines: PinningLine[], methods: PinningShippingMethod[]): Map<string, string> {
  const pins = new Map<string, string>()
  for (const line of lines) {
    if (!line.manage_inventory || !line.inventory_items.length) {
      continue
    }
    const method =
      methods.length === 1 ? methods[0] : methods.find((m) => !!m.shipping_profile_id && m.shipping_profile_id === line.shipping_profile_id)
    if (method?.location_id) {
      pins.set(line.id, method.location_id)
    }
  }
  return pins
}

export type PinnedDemand = {
  location_id: string
  inventory_item_id: string
  /** Units of the inventory item the lines need there: quantity × required_quantity, summed over the lines. */
  quantity: number
  labels: string[]
}

/**
 * What the pinned lines need at each location, per inventory item: lines sharing an inventory item (two variants
 * of one kit component, the same variant twice) are summed, as the shelf has to hold them all at once.
 * Backorder-allowed lines need nothing: they may be reserved past the stock.
 */
export function pinnedDemand(lines: PinningLine[], pins: Map<string, string>): PinnedDemand[] {
  const demand = new Map<string, PinnedDemand>()
  for (const line of lines) {
    const location_id = pins.get(line.id)
    if (!location_id || line.allow_backorder) {
      continue
    }
    for (const { inventory_item_id, required_quantity } of line.inventory_items) {
      const key = `${location_id}\u0000${inventory_item_id}`
      const entry = demand.get(key) ?? { location_id, inventory_item_id, quantity: 0, labels: [] }
      entry.quantity += line.quantity * required_quantity
      if (!entry.labels.includes(line.label)) {
        entry.labels.push(line.label)
      }
      demand.set(key, entry)
    }
  }
  return [...demand.values()]
}

export type Shortage = PinnedDemand & { available: number }

/** The demands a location can't meet, given what is available there (stocked − reserved; 0 without a level). */
export function findShortages(
  demand: PinnedDemand[],
  available: (location_id: string, inventory_item_id: string) => number
): Shortage[] {
  return demand
    .map((d) => ({ ...d, available: Math.max(0, available(d.location_id, d.inventory_item_id)) }))
    .filter((d) => d.available < d.quantity)
}

/**
 * One sentence per short location, naming each short item:
 * `Paris Marais (PAR-01) can't cover this order: Pull marin (PM-NAVY-M) needs 2, 1 available`.
 */
export function shortageMessage(shortages: Shortage[], locationLabel: (location_id: string) => string): string {
  const byLocation = new Map<string, Shortage[]>()
  for (const shortage of shortages) {
    byLocation.set(shortage.location_id, [...(byLocation.get(shortage.location_id) ?? []), shortage])
  }
  return [...byLocation]
    .map(
      ([location_id, items]) =>
        `${locationLabel(location_id)} can't cover this order: ` +
        items.map((s) => `${s.labels.join(" + ")} needs ${s.quantity}, ${s.available} available`).join("; ")
    )
    .join(". ")
}

/** `Pull marin (PM-NAVY-M)`, or the title alone when the variant has no SKU. */
export const lineLabel = (title: string | null | undefined, sku: string | null | undefined) =>
  sku ? `${title ?? "Item"} (${sku})` : (title ?? "Item")
