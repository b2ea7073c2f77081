import { settlePosPayment } from "../tenders"

describe("settling a sale at the till", () => {
  it("gives change on cash", () => {
    const settlement = settlePosPayment(68, "eur", [{ method: "cash", tendered: 100 }])
    expect(settlement.change_due).toBe(32)
    expect(settlement.tenders).toEqual([
      { method: "cash", amount: 68, tendered: 100, change_due: 32, card_reference: null },
    ])
  })

  it("lets a lone card pay the whole total", () => {
    const settlement = settlePosPayment(68, "eur", [{ method: "card", reference: "TPE-42" }])
    expect(settlement.tenders).toEqual([
      { method: "card", amount: 68, tendered: null, change_due: null, card_reference: "TPE-42" },
    ])
  })

  it("splits card first, then cash for the rest", () => {
    const settlement = settlePosPayment(99.9, "eur", [
      { method: "cash", tendered: 50 },
      { method: "card", amount: 60, reference: "TPE-7" },
    ])
    expect(settlement.tenders.map((t) => [t.method, t.amount])).toEqual([
      ["card", 60],
      ["cash", 39.9],
    ])
    expect(settlement.change_due).toBeCloseTo(10.1, 2)
  })

  it("counts in cents, so 0.1 + 0.2 settles 0.3", () => {
    const settlement = settlePosPayment(0.3, "eur", [
      { method: "card", amount: 0.1, reference: "A" },
      { method: "card", amount: 0.2, reference: "B" },
    ])
    expect(settlement.change_due).toBe(0)
  })

  it.each([
    [[{ method: "cash", tendered: 50 }], "Cash tendered €50.00 is short of the €68.00 due in cash"],
    [[{ method: "card", amount: 70, reference: "X" }], "The cards cover €70.00, more than the €68.00 due"],
    [[{ method: "card", amount: 20, reference: "X" }], "The payments cover €20.00 of the €68.00 due"],
    [[], "Say how the customer pays: at least one cash or card payment"],
    [
      [
        { method: "cash", tendered: 20 },
        { method: "cash", tendered: 50 },
      ],
      "Count the cash once: a sale takes at most one cash payment",
    ],
    [
      [
        { method: "card", reference: "X" },
        { method: "cash", tendered: 50 },
      ],
      "Give the amount charged on card X when the sale is split",
    ],
    [
      [
        { method: "card", amount: 68, reference: "X" },
        { method: "cash", tendered: 10 },
      ],
      "The cards already cover the sale: take no cash",
    ],
  ])("refuses %j", (payments, message) => {
    expect(() => settlePosPayment(68, "eur", payments as any)).toThrow(message)
  })
})
