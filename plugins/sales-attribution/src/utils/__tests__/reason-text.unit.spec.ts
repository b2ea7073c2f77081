import { creditBaseMinor, fullLineNetMinor, toMajorUnits, toMinorUnits } from "../minor-units"
import { clickCollectShareReason, daysBefore, formatMoney, houseReason, overrideReason, returnReason, touchPhrase } from "../reason-text"

describe("reason texts", () => {
  it("counts whole days before the order", () => {
    expect(daysBefore("2026-11-20T09:00:00Z", "2026-11-20T18:00:00Z")).toBe("the same day")
    expect(daysBefore("2026-11-19T09:00:00Z", "2026-11-20T18:00:00Z")).toBe("1 day before")
    expect(daysBefore("2026-11-17T09:00:00Z", "2026-11-20T18:00:00Z")).toBe("3 days before")
  })

  it("says what the associate did", () => {
    const base = { first_name: "Léa", store_code: "PAR-01", contact: null, shared_cart_id: null, occurred_at: "2026-11-17T09:00:00Z" }
    expect(touchPhrase({ ...base, kind: "shared_cart", shared_cart_id: "sc_01X" }, "2026-11-20T10:00:00Z")).toBe(
      "shared cart sc_01X sent by Léa (PAR-01) 3 days before"
    )
    expect(touchPhrase({ ...base, kind: "assisted", contact: "chat" }, "2026-11-20T10:00:00Z")).toBe("assisted by Léa (PAR-01) by chat 3 days before")
    expect(touchPhrase({ ...base, kind: "pos_sale" }, "2026-11-20T10:00:00Z")).toBe("in-store sale by Léa (PAR-01) 3 days before")
  })

  it("names the house account, the store share, the return and the override", () => {
    expect(houseReason(14, "House account", null)).toBe("no touchpoint within 14 days; credited to the House account")
    expect(clickCollectShareReason("LYO-01", 1250)).toBe("handed over at LYO-01 (click & collect): 12.5% store share")
    expect(returnReason("ret_1", 1250, "eur")).toBe("return ret_1 received: −€12.50 net of tax, in the sale's proportions")
    expect(formatMoney(-5, "eur")).toBe("−€0.05")
    expect(overrideReason({ first_name: "Maud", store_code: "PAR-01" }, "Léa served her")).toBe('override by Maud (PAR-01): "Léa served her"')
    expect(overrideReason(null, "fix")).toBe('override by an admin: "fix"')
  })
})

describe("minor units", () => {
  it("rounds half up on the exact decimal and goes back to major units", () => {
    expect(toMinorUnits(66.666666667)).toBe(6667)
    expect(toMinorUnits(1.005)).toBe(101)
    expect(toMinorUnits("12.345")).toBe(1235)
    expect(toMinorUnits({ value: "7.5" })).toBe(750)
    expect(toMinorUnits(null)).toBe(0)
    expect(toMajorUnits(6667)).toBe(66.67)
  })

  it("takes the credit base as total + store credit − tax", () => {
    // 80 € sweater + 5 € shipping, 20 % VAT included, 10 € paid with store credit: total 75, tax 14.1667
    expect(creditBaseMinor({ total: 75, credit_line_total: 10, tax_total: 14.166666667 })).toBe(7083)
    expect(creditBaseMinor({ total: 85, tax_total: 14.166666667 })).toBe(7083)
  })
})

describe("fullLineNetMinor", () => {
  it("takes the whole line net of tax and discounts, as Medusa does", () => {
    const tax_lines = [{ rate: 20 }]
    expect(fullLineNetMinor({ unit_price: 80, quantity: 2, is_tax_inclusive: true, tax_lines })).toBe(13333)
    // 10 % off a 110 € line (tax-inclusive adjustment of 11 €): (110 − 11) / 1.2 = 82.50 €
    expect(fullLineNetMinor({ unit_price: 110, quantity: 1, is_tax_inclusive: true, tax_lines, adjustments: [{ amount: 11, is_tax_inclusive: true }] })).toBe(8250)
    expect(fullLineNetMinor({ unit_price: 10, quantity: 3, is_tax_inclusive: false, tax_lines })).toBe(3000)
  })
})
