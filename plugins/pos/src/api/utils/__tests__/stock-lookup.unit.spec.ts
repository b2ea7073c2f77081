import { variantStockAt } from "../stock-lookup"

const level = (location_id: string, stocked_quantity: number, reserved_quantity = 0) => ({
  location_id,
  stocked_quantity,
  reserved_quantity,
})

describe("variantStockAt", () => {
  it("counts stocked minus reserved at the location asked about", () => {
    const items = [{ required_quantity: 1, inventory: { location_levels: [level("par", 5, 2), level("lyo", 9)] } }]
    expect(variantStockAt(items, "par")).toEqual({ stocked: 5, reserved: 2, available: 3 })
    expect(variantStockAt(items, "bru")).toEqual({ stocked: 0, reserved: 0, available: 0 })
  })

  it("lets the scarcest part decide for a kit of several items", () => {
    const kit = [
      { required_quantity: 2, inventory: { location_levels: [level("par", 7)] } },
      { required_quantity: 1, inventory: { location_levels: [level("par", 10, 8)] } },
    ]
    expect(variantStockAt(kit, "par").available).toBe(2)
  })

  it("never reports negative availability when more is reserved than stocked", () => {
    const items = [{ required_quantity: 1, inventory: { location_levels: [level("par", 1, 3)] } }]
    expect(variantStockAt(items, "par").available).toBe(0)
  })
})
