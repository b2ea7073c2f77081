import { parkedSnapshot, resumeChanges } from "../parked-lines"

const PAR = { id: "sloc_par", code: "PAR-01" }

const line = (overrides: { id?: string; quantity?: number; unit_price?: number; stocked?: number; reserved?: number; managed?: boolean } = {}) => ({
  id: overrides.id ?? "cali_1",
  title: "Pull marin",
  variant_id: "variant_1",
  variant_sku: "PM-NAVY-M",
  quantity: overrides.quantity ?? 1,
  unit_price: overrides.unit_price ?? 80,
  variant: {
    manage_inventory: overrides.managed ?? true,
    inventory_items: [
      {
        required_quantity: 1,
        inventory: {
          location_levels: [
            { location_id: PAR.id, stocked_quantity: overrides.stocked ?? 3, reserved_quantity: overrides.reserved ?? 0 },
            { location_id: "sloc_lyo", stocked_quantity: 50, reserved_quantity: 0 },
          ],
        },
      },
    ],
  },
})

describe("parkedSnapshot", () => {
  it("keeps each line with its price and what the store can sell now", () => {
    expect(parkedSnapshot([line({ quantity: 2, stocked: 5, reserved: 1 })], PAR.id)).toEqual([
      { line_id: "cali_1", variant_id: "variant_1", title: "Pull marin", sku: "PM-NAVY-M", quantity: 2, unit_price: 80, available: 4 },
    ])
  })

  it("records no availability for a variant whose stock isn't managed", () => {
    expect(parkedSnapshot([line({ managed: false })], PAR.id)[0].available).toBeNull()
  })
})

describe("resumeChanges", () => {
  const snapshot = parkedSnapshot([line({ quantity: 2, stocked: 3 })], PAR.id)
  const cart = (item: ReturnType<typeof line>) => ({ currency_code: "eur", items: [item] })

  it("is empty when nothing moved", () => {
    expect(resumeChanges(snapshot, cart(line({ quantity: 2, stocked: 3 })), PAR)).toEqual([])
  })

  it("reports a line sold out at the store", () => {
    expect(resumeChanges(snapshot, cart(line({ quantity: 2, stocked: 0 })), PAR)).toEqual([
      expect.objectContaining({
        kind: "sold_out",
        available: 0,
        quantity: 2,
        message: "Pull marin (PM-NAVY-M): 0 left at PAR-01 (was 3 when parked)",
      }),
    ])
  })

  it("reports a line the store can only partly serve", () => {
    const [change] = resumeChanges(snapshot, cart(line({ quantity: 2, stocked: 2, reserved: 1 })), PAR)
    expect(change).toEqual(expect.objectContaining({ kind: "short", available: 1 }))
    expect(change.message).toBe("Pull marin (PM-NAVY-M): only 1 left at PAR-01, 2 in the sale (was 3 when parked)")
  })

  it("reports a new price, and a stock change beside it", () => {
    const changes = resumeChanges(snapshot, cart(line({ quantity: 2, stocked: 0, unit_price: 64 })), PAR)
    expect(changes.map((c) => c.kind)).toEqual(["sold_out", "price_changed"])
    expect(changes[1]).toEqual(
      expect.objectContaining({
        previous_unit_price: 80,
        unit_price: 64,
        message: "Pull marin (PM-NAVY-M): price now €64.00, was €80.00",
      })
    )
  })

  it("says nothing about stock it doesn't manage", () => {
    expect(resumeChanges(snapshot, cart(line({ quantity: 2, stocked: 0, managed: false })), PAR)).toEqual([])
  })
})
