import { planReturnRecords, returnedAmountMinor } from "../return-amount"

// A line of 3 units whose net of tax is 100.00 € (10000 cents): 33.33 €, 33.34 €, 33.33 € as units go back.
const line = (returned_before: number, returned_now: number) => ({ line_net_minor: 10000, line_quantity: 3, returned_before, returned_now })

describe("returnedAmountMinor", () => {
  it("takes back the net of tax of the units returned (partial return)", () => {
    expect(returnedAmountMinor([line(0, 1)], 1_000_000)).toBe(3333)
    expect(returnedAmountMinor([line(0, 2)], 1_000_000)).toBe(6667)
  })

  it("lets the last units take what the earlier returns left, so the line adds up exactly", () => {
    const first = returnedAmountMinor([line(0, 1)], 1_000_000)
    const second = returnedAmountMinor([line(1, 1)], 1_000_000)
    const third = returnedAmountMinor([line(2, 1)], 1_000_000)
    expect([first, second, third]).toEqual([3333, 3334, 3333])
    expect(first + second + third).toBe(10000)
  })

  it("adds up several lines and never counts more units than the line has", () => {
    const socks = { line_net_minor: 833, line_quantity: 1, returned_before: 0, returned_now: 1 }
    expect(returnedAmountMinor([line(0, 1), socks], 1_000_000)).toBe(3333 + 833)
    expect(returnedAmountMinor([line(2, 5)], 1_000_000)).toBe(3333)
  })

  it("is capped at what is still credited and never negative", () => {
    expect(returnedAmountMinor([line(0, 3)], 2500)).toBe(2500)
    expect(returnedAmountMinor([line(0, 3)], -5)).toBe(0)
  })
})

describe("planReturnRecords", () => {
  const share = (associate_id: string | null, amount_minor: number) => ({
    beneficiary: (associate_id ? "associate" : "store") as "associate" | "store",
    associate_id,
    store_id: "sp_par",
    rule: "split" as const,
    touchpoint_id: null,
    amount_minor,
  })

  it("takes the amount back in the sale records' proportions, as negative records that add up exactly", () => {
    const records = planReturnRecords([share(null, 667), share("a", 3000), share("b", 3000)], 3333, "return ret_1 received")
    expect(records.map((r) => r.amount_minor)).toEqual([-333, -1500, -1500])
    expect(records.reduce((sum, r) => sum + r.amount_minor, 0)).toBe(-3333)
    expect(records[1]).toEqual(expect.objectContaining({ associate_id: "a", rule: "split", reason: "return ret_1 received" }))
  })

  it("writes zero records when there is nothing to take back", () => {
    expect(planReturnRecords([share("a", 0)], 0, "r").map((r) => r.amount_minor)).toEqual([0])
  })
})
