import {
  findShortages,
  lineLabel,
  pinLines,
  pinnedDemand,
  PinningLine,
  shortageMessage,
} from "../reservation-pinning"

const line = (overrides: Partial<PinningLine> & { id: string }): PinningLine => ({
  quantity: 1,
  shipping_profile_id: "sp_default",
  manage_inventory: true,
  allow_backorder: false,
  inventory_items: [{ inventory_item_id: `iitem_${overrides.id}`, required_quantity: 1 }],
  label: `Item ${overrides.id}`,
  ...overrides,
})

describe("pinLines", () => {
  it("pins every line to the location of a cart's single shipping method, whatever the profiles", () => {
    const lines = [line({ id: "a" }), line({ id: "b", shipping_profile_id: "sp_other" })]
    const pins = pinLines(lines, [{ shipping_profile_id: "sp_default", location_id: "sloc_B" }])
    expect([...pins]).toEqual([
      ["a", "sloc_B"],
      ["b", "sloc_B"],
    ])
  })

  it("pins each line to the method whose option has the product's shipping profile", () => {
    const lines = [line({ id: "a" }), line({ id: "b", shipping_profile_id: "sp_bulky" }), line({ id: "c", shipping_profile_id: "sp_none" })]
    const pins = pinLines(lines, [
      { shipping_profile_id: "sp_bulky", location_id: "sloc_WH" },
      { shipping_profile_id: "sp_default", location_id: "sloc_B" },
    ])
    expect(Object.fromEntries(pins)).toEqual({ a: "sloc_B", b: "sloc_WH" })
  })

  it("leaves Medusa's default for lines without a method, an option without a location, or unmanaged inventory", () => {
    expect(pinLines([line({ id: "a" })], []).size).toBe(0)
    expect(pinLines([line({ id: "a" })], [{ shipping_profile_id: "sp_default", location_id: null }]).size).toBe(0)
    expect(
      pinLines([line({ id: "a", manage_inventory: false })], [{ shipping_profile_id: "sp_default", location_id: "sloc_B" }])
        .size
    ).toBe(0)
    expect(
      pinLines([line({ id: "a", inventory_items: [] })], [{ shipping_profile_id: "sp_default", location_id: "sloc_B" }])
        .size
    ).toBe(0)
  })

  it("pins backorder-allowed lines too (they are reserved, just not checked)", () => {
    const pins = pinLines([line({ id: "a", allow_backorder: true })], [{ shipping_profile_id: null, location_id: "sloc_B" }])
    expect(pins.get("a")).toBe("sloc_B")
  })
})

describe("pinnedDemand and findShortages", () => {
  const pins = new Map([
    ["a", "sloc_B"],
    ["b", "sloc_B"],
    ["kit", "sloc_B"],
    ["late", "sloc_B"],
  ])

  it("sums lines sharing an inventory item: each fits alone, not together", () => {
    const shared = [{ inventory_item_id: "iitem_sweater", required_quantity: 1 }]
    const lines = [
      line({ id: "a", quantity: 1, inventory_items: shared, label: "Pull marin (PM-NAVY-M)" }),
      line({ id: "b", quantity: 1, inventory_items: shared, label: "Pull marin (PM-NAVY-M)" }),
    ]
    const demand = pinnedDemand(lines, pins)
    expect(demand).toEqual([
      { location_id: "sloc_B", inventory_item_id: "iitem_sweater", quantity: 2, labels: ["Pull marin (PM-NAVY-M)"] },
    ])
    const shortages = findShortages(demand, () => 1)
    expect(shortages).toEqual([expect.objectContaining({ quantity: 2, available: 1 })])
    expect(shortageMessage(shortages, () => "Paris Marais (PAR-01)")).toBe(
      "Paris Marais (PAR-01) can't cover this order: Pull marin (PM-NAVY-M) needs 2, 1 available"
    )
  })

  it("multiplies a kit's components by their required quantity", () => {
    const lines = [
      line({
        id: "kit",
        quantity: 2,
        inventory_items: [
          { inventory_item_id: "iitem_cup", required_quantity: 6 },
          { inventory_item_id: "iitem_box", required_quantity: 1 },
        ],
      }),
    ]
    const demand = pinnedDemand(lines, pins)
    expect(demand.map((d) => [d.inventory_item_id, d.quantity])).toEqual([
      ["iitem_cup", 12],
      ["iitem_box", 2],
    ])
  })

  it("exempts backorder-allowed lines and unpinned lines", () => {
    const lines = [line({ id: "late", allow_backorder: true, quantity: 5 }), line({ id: "elsewhere", quantity: 5 })]
    expect(pinnedDemand(lines, pins)).toEqual([])
  })

  it("counts a missing level or an over-reserved one as nothing available", () => {
    const demand = pinnedDemand([line({ id: "a", quantity: 1 })], pins)
    expect(findShortages(demand, () => -3)).toEqual([expect.objectContaining({ available: 0 })])
    expect(findShortages(demand, () => 1)).toEqual([])
  })

  it("names every short item of every short location", () => {
    const lines = [
      line({ id: "a", quantity: 3, label: "Pull marin (PM-NAVY-M)" }),
      line({ id: "b", quantity: 2, label: "Écharpe (SC-RED)" }),
      line({ id: "c", quantity: 1, label: "Bonnet (BN-1)" }),
    ]
    const demand = pinnedDemand(lines, new Map([["a", "sloc_B"], ["b", "sloc_B"], ["c", "sloc_C"]]))
    const shortages = findShortages(demand, () => 0)
    const labels: Record<string, string> = { sloc_B: "Paris Marais (PAR-01)", sloc_C: "Central Warehouse" }
    expect(shortageMessage(shortages, (id) => labels[id])).toBe(
      "Paris Marais (PAR-01) can't cover this order: Pull marin (PM-NAVY-M) needs 3, 0 available; " +
        "Écharpe (SC-RED) needs 2, 0 available. Central Warehouse can't cover this order: Bonnet (BN-1) needs 1, 0 available"
    )
  })
})

describe("lineLabel", () => {
  it("is the product title and the SKU, or the title alone", () => {
    expect(lineLabel("Pull marin", "PM-NAVY-M")).toBe("Pull marin (PM-NAVY-M)")
    expect(lineLabel("Pull marin", null)).toBe("Pull marin")
  })
})
