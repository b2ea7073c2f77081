import { storeCreditLinesOf, storeCreditSpendOf } from "../store-credit-lines"

describe("a cart's store credit lines", () => {
  const cart = {
    credit_lines: [
      { id: "ccl_1", reference: "store_credit", reference_id: "scacc_A", amount: 20 },
      { id: "ccl_2", reference: "gift_card", reference_id: "gc_1", amount: 15 },
      { id: "ccl_3", reference: "store_credit", reference_id: "scacc_A", amount: 5.5 },
      null,
    ],
  }

  it("are the lines referencing store credit, not other credit (a gift card's)", () => {
    expect(storeCreditLinesOf(cart).map((line) => line.id)).toEqual(["ccl_1", "ccl_3"])
  })

  it("spend per account the sum of their amounts", () => {
    expect(storeCreditSpendOf(cart).map(({ account_id, amount }) => [account_id, amount.toNumber()])).toEqual([
      ["scacc_A", 25.5],
    ])
  })

  it("spend nothing on a cart without credit lines", () => {
    expect(storeCreditSpendOf({})).toEqual([])
  })
})
