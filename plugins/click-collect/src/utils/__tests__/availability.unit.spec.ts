import {
  availableForPickup,
  buildAvailability,
  levelKey,
  LevelRow,
  PickupStoreRow,
  sameDayPickup,
  sortStores,
  unitsAt,
  VariantRow,
} from "../availability"

const weekdays = (opens: string, closes: string, sunday: { opens: string; closes: string }[] = []) => ({
  monday: [{ opens, closes }],
  tuesday: [{ opens, closes }],
  wednesday: [{ opens, closes }],
  thursday: [{ opens, closes }],
  friday: [{ opens, closes }],
  saturday: [{ opens, closes }],
  sunday,
})

const store = (over: Partial<PickupStoreRow> & { code: string }): PickupStoreRow => ({
  id: `stp_${over.code}`,
  name: over.code,
  timezone: "Europe/Paris",
  latitude: 48.8566,
  longitude: 2.3522,
  opening_hours: weekdays("10:00", "19:00"),
  closed_dates: [],
  stock_location_id: `sloc_${over.code}`,
  ...over,
})

const levelsOf = (rows: LevelRow[]) => new Map(rows.map((row) => [levelKey(row.inventory_item_id, row.location_id), row]))

describe("availability arithmetic", () => {
  const shirt: VariantRow = { id: "v1", manage_inventory: true, items: [{ inventory_item_id: "i1", required_quantity: 1 }] }

  it("is stocked − reserved − the safety buffer", () => {
    const levels = levelsOf([{ inventory_item_id: "i1", location_id: "A", stocked: 10, reserved: 3 }])
    expect(unitsAt(shirt, levels, "A")).toBe(7)
    expect(availableForPickup(7, 1)).toBe(6)
    expect(availableForPickup(7, 0)).toBe(7)
  })

  it("never goes below zero: buffer larger than the shelf, or more reserved than stocked", () => {
    expect(availableForPickup(1, 1)).toBe(0)
    expect(availableForPickup(0, 3)).toBe(0)
    const oversold = levelsOf([{ inventory_item_id: "i1", location_id: "A", stocked: 2, reserved: 5 }])
    expect(unitsAt(shirt, oversold, "A")).toBe(0)
  })

  it("counts a location without a level as none", () => {
    expect(unitsAt(shirt, levelsOf([]), "A")).toBe(0)
  })

  it("lets the scarcest item of a kit decide, in whole kits", () => {
    const kit: VariantRow = {
      id: "kit",
      manage_inventory: true,
      items: [
        { inventory_item_id: "jacket", required_quantity: 1 },
        { inventory_item_id: "button", required_quantity: 4 },
      ],
    }
    const levels = levelsOf([
      { inventory_item_id: "jacket", location_id: "A", stocked: 5, reserved: 0 },
      { inventory_item_id: "button", location_id: "A", stocked: 11, reserved: 0 },
      { inventory_item_id: "jacket", location_id: "B", stocked: 5, reserved: 0 },
    ])
    expect(unitsAt(kit, levels, "A")).toBe(2)
    // No buttons at B at all: no kit.
    expect(unitsAt(kit, levels, "B")).toBe(0)
  })

  it("treats a variant without inventory items as none in stock", () => {
    expect(unitsAt({ id: "v", manage_inventory: true, items: [] }, levelsOf([]), "A")).toBe(0)
  })
})

describe("pick up today", () => {
  const paris = weekdays("10:00", "19:00")

  it("is possible until the cut-off before closing, in the store's own time", () => {
    // Monday 23 November 2026: Paris is UTC+1.
    expect(sameDayPickup(paris, [], "Europe/Paris", new Date("2026-11-23T16:59:00Z"), 60)).toEqual({
      pick_up_today: true,
      order_by: "18:00",
    })
    expect(sameDayPickup(paris, [], "Europe/Paris", new Date("2026-11-23T17:00:00Z"), 60).pick_up_today).toBe(false)
    // A shorter cut-off keeps the door open longer.
    expect(sameDayPickup(paris, [], "Europe/Paris", new Date("2026-11-23T17:00:00Z"), 15)).toEqual({
      pick_up_today: true,
      order_by: "18:45",
    })
  })

  it("counts an order placed before opening as collectable today", () => {
    expect(sameDayPickup(paris, [], "Europe/Paris", new Date("2026-11-23T06:00:00Z"), 60).pick_up_today).toBe(true)
  })

  it("follows the last interval of a day with a lunch break", () => {
    const split = { ...paris, saturday: [{ opens: "09:30", closes: "12:30" }, { opens: "14:00", closes: "19:00" }] }
    // Saturday 28 November 2026, 13:00 in Paris: closed for lunch, but the afternoon is ahead.
    expect(sameDayPickup(split, [], "Europe/Paris", new Date("2026-11-28T12:00:00Z"), 60)).toEqual({
      pick_up_today: true,
      order_by: "18:00",
    })
  })

  it("is never possible on a day the store is closed: its weekly day off or a closure", () => {
    // Sunday 22 November 2026, 10:00 UTC.
    expect(sameDayPickup(paris, [], "Europe/Paris", new Date("2026-11-22T10:00:00Z"), 60)).toEqual({
      pick_up_today: false,
      order_by: null,
    })
    // Christmas Day, a Friday.
    expect(
      sameDayPickup(paris, ["2026-12-25"], "Europe/Paris", new Date("2026-12-25T09:00:00Z"), 60).pick_up_today
    ).toBe(false)
    expect(
      sameDayPickup(paris, ["2026-12-25"], "Europe/Paris", new Date("2026-12-24T09:00:00Z"), 60).pick_up_today
    ).toBe(true)
  })

  it("reads the store's date, not the server's, across timezones", () => {
    const sundays = weekdays("10:00", "19:00", [{ opens: "11:00", closes: "17:00" }])
    // Saturday 28 November 23:30 UTC is Sunday 08:30 in Tokyo and Saturday 18:30 in New York.
    const at = new Date("2026-11-28T23:30:00Z")
    expect(sameDayPickup(paris, [], "Asia/Tokyo", at, 60)).toEqual({ pick_up_today: false, order_by: null })
    expect(sameDayPickup(sundays, [], "Asia/Tokyo", at, 60)).toEqual({ pick_up_today: true, order_by: "16:00" })
    expect(sameDayPickup(paris, [], "America/New_York", at, 60)).toEqual({ pick_up_today: false, order_by: "18:00" })
    // A closure is a store-local date: 29 November in Tokyo is already closed while New York is still on the 28th.
    expect(sameDayPickup(sundays, ["2026-11-29"], "Asia/Tokyo", at, 60).pick_up_today).toBe(false)
  })

  it("follows daylight saving time", () => {
    // Monday 30 March 2026 (Paris on UTC+2): 16:30 UTC is 18:30 local, past the 18:00 cut-off.
    expect(sameDayPickup(paris, [], "Europe/Paris", new Date("2026-03-30T16:30:00Z"), 60).pick_up_today).toBe(false)
    // Monday 23 March 2026 (still UTC+1): 16:30 UTC is 17:30 local.
    expect(sameDayPickup(paris, [], "Europe/Paris", new Date("2026-03-23T16:30:00Z"), 60).pick_up_today).toBe(true)
  })

  it("is never possible when the cut-off is longer than the day", () => {
    const short = { ...paris, monday: [{ opens: "10:00", closes: "10:30" }] }
    expect(sameDayPickup(short, [], "Europe/Paris", new Date("2026-11-23T06:00:00Z"), 12 * 60)).toEqual({
      pick_up_today: false,
      order_by: null,
    })
  })
})

describe("store order", () => {
  const stores = [
    store({ code: "LYO", name: "Lyon", latitude: 45.7607, longitude: 4.8357 }),
    store({ code: "PAR", name: "Paris", latitude: 48.8576, longitude: 2.3608 }),
    store({ code: "LIL", name: "Lille", latitude: 50.6388, longitude: 3.0628 }),
  ]

  it("is nearest first from the shopper, with distances in km", () => {
    // Villeurbanne, next to Lyon.
    const sorted = sortStores(stores, { latitude: 45.7719, longitude: 4.8902 })
    expect(sorted.map((s) => s.code)).toEqual(["LYO", "PAR", "LIL"])
    expect(sorted[0].distance_km).toBeLessThan(6)
    expect(sorted[1].distance_km).toBeGreaterThan(380)
  })

  it("is by name without a position, with no distance", () => {
    const sorted = sortStores(stores)
    expect(sorted.map((s) => s.code)).toEqual(["LIL", "LYO", "PAR"])
    expect(sorted.every((s) => s.distance_km === null)).toBe(true)
  })

  it("breaks distance ties by name", () => {
    const twins = [store({ code: "B", name: "B" }), store({ code: "A", name: "A" })]
    expect(sortStores(twins, { latitude: 48, longitude: 2 }).map((s) => s.code)).toEqual(["A", "B"])
  })
})

describe("buildAvailability", () => {
  const at = new Date("2026-11-23T10:00:00Z") // Monday, 11:00 in Paris
  const stores = [
    store({ code: "PAR", name: "Paris", latitude: 48.8576, longitude: 2.3608 }),
    store({ code: "LYO", name: "Lyon", latitude: 45.7607, longitude: 4.8357, closed_dates: ["2026-11-23"] }),
  ]
  const variants: VariantRow[] = [
    { id: "v1", manage_inventory: true, items: [{ inventory_item_id: "i1", required_quantity: 1 }] },
    { id: "v2", manage_inventory: false, items: [] },
  ]
  const levels: LevelRow[] = [
    { inventory_item_id: "i1", location_id: "sloc_PAR", stocked: 4, reserved: 1 },
    { inventory_item_id: "i1", location_id: "sloc_LYO", stocked: 9, reserved: 0 },
    { inventory_item_id: "i1", location_id: "wh1", stocked: 12, reserved: 2 },
    { inventory_item_id: "i1", location_id: "wh2", stocked: 1, reserved: 3 },
  ]

  it("gives per store the units less the buffer, pick up today, and the warehouses' units without buffer", () => {
    const result = buildAvailability({
      stores,
      warehouseLocationIds: ["wh1", "wh2"],
      variants,
      levels,
      safetyBuffer: 1,
      sameDayCutoffMinutes: 60,
      at,
      from: { latitude: 45.77, longitude: 4.89 },
    })
    expect(result.stores.map((s) => [s.code, s.pick_up_today, s.order_by])).toEqual([
      ["LYO", false, null],
      ["PAR", true, "18:00"],
    ])
    expect(result.variants[0]).toEqual({
      variant_id: "v1",
      manage_inventory: true,
      stores: [
        { store_id: "stp_LYO", code: "LYO", available: 8, pick_up_today: false },
        { store_id: "stp_PAR", code: "PAR", available: 2, pick_up_today: true },
      ],
      // 10 at wh1, and wh2's oversold level counts as none, not −2.
      warehouse: { available: 10 },
    })
    expect(result.variants[1]).toEqual({
      variant_id: "v2",
      manage_inventory: false,
      stores: [
        { store_id: "stp_LYO", code: "LYO", available: null, pick_up_today: false },
        { store_id: "stp_PAR", code: "PAR", available: null, pick_up_today: true },
      ],
      warehouse: { available: null },
    })
  })

  it("doesn't offer today's pickup where the buffer leaves nothing", () => {
    const result = buildAvailability({
      stores: [stores[0]],
      warehouseLocationIds: [],
      variants: [variants[0]],
      levels,
      safetyBuffer: 3,
      sameDayCutoffMinutes: 60,
      at,
    })
    expect(result.variants[0].stores).toEqual([{ store_id: "stp_PAR", code: "PAR", available: 0, pick_up_today: false }])
    expect(result.variants[0].warehouse).toEqual({ available: 0 })
  })
})
