import { lineEligibility, OrderLineFacts, refuseReturnRequest } from "../return-eligibility"

const now = new Date("2026-03-31T12:00:00Z")
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000)
const policy = { returnWindowDays: 30, nonReturnableTag: "non-returnable" }

const line = (facts: Partial<OrderLineFacts> = {}): OrderLineFacts => ({
  line_item_id: "ordli_1",
  title: "Pull marin",
  variant_id: "variant_1",
  sku: "PM-M",
  product_tags: [],
  quantity: 2,
  delivered_quantity: 2,
  return_requested_quantity: 0,
  return_received_quantity: 0,
  return_dismissed_quantity: 0,
  total: 144,
  delivered_at: daysAgo(3),
  ...facts,
})

describe("lineEligibility", () => {
  it("lets delivered units come back within the window, at the unit price paid", () => {
    expect(lineEligibility(line(), policy, now)).toEqual(
      expect.objectContaining({
        bought: 2,
        delivered: 2,
        already_returned: 0,
        returnable_quantity: 2,
        returnable_now: 2,
        unit_price_paid: 72,
        days_since_delivery: 3,
        status: "returnable",
        override_allowed: false,
        explanations: ["delivered 3 days ago; 27 days left to return"],
      })
    )
  })

  it("counts returned, dismissed and requested units as already returned", () => {
    const eligibility = lineEligibility(line({ return_received_quantity: 1 }), policy, now)
    expect(eligibility).toEqual(expect.objectContaining({ already_returned: 1, returnable_now: 1 }))
    expect(eligibility.explanations[0]).toBe("already returned 1 of 2")
    const none = lineEligibility(line({ return_dismissed_quantity: 1, return_requested_quantity: 1 }), policy, now)
    expect(none).toEqual(expect.objectContaining({ status: "fully_returned", returnable_quantity: 0, returnable_now: 0 }))
  })

  it("explains an out-of-window line and lets a manager override it", () => {
    const eligibility = lineEligibility(line({ delivered_at: daysAgo(45) }), policy, now)
    expect(eligibility).toEqual(
      expect.objectContaining({ status: "out_of_window", returnable_quantity: 2, returnable_now: 0, override_allowed: true })
    )
    expect(eligibility.explanations).toEqual(["delivered 45 days ago; window is 30"])
  })

  it("refuses units not delivered yet and non-returnable products", () => {
    expect(lineEligibility(line({ delivered_quantity: 0, delivered_at: null }), policy, now)).toEqual(
      expect.objectContaining({ status: "not_delivered", returnable_quantity: 0, explanations: ["not delivered yet"] })
    )
    const tagged = lineEligibility(line({ product_tags: ["non-returnable"] }), policy, now)
    expect(tagged).toEqual(expect.objectContaining({ status: "non_returnable", returnable_quantity: 0, override_allowed: false }))
    expect(tagged.explanations).toEqual(["non-returnable product (tag non-returnable)"])
  })
})

describe("refuseReturnRequest", () => {
  const lines = [lineEligibility(line(), policy, now), lineEligibility(line({ line_item_id: "ordli_old", delivered_at: daysAgo(45) }), policy, now)]

  it("accepts what can come back", () => {
    expect(refuseReturnRequest(lines, [{ line_item_id: "ordli_1", quantity: 2 }], null)).toBeNull()
  })

  it("names the line of an over-return, even with an override", () => {
    const refusal = refuseReturnRequest(lines, [{ line_item_id: "ordli_1", quantity: 3 }], { reason: "x", by_manager: true })
    expect(refusal).toEqual({ kind: "invalid", message: expect.stringContaining("line ordli_1 (Pull marin): 3 asked, 2 can come back") })
  })

  it("refuses an out-of-window line with the explanation, unless a manager overrides it with a reason", () => {
    const request = [{ line_item_id: "ordli_old", quantity: 1 }]
    expect(refuseReturnRequest(lines, request, null)?.message).toContain("delivered 45 days ago; window is 30")
    expect(refuseReturnRequest(lines, request, { reason: "faulty zip", by_manager: true })).toBeNull()
    expect(refuseReturnRequest(lines, request, { reason: "faulty zip", by_manager: false })?.kind).toBe("forbidden_override")
    expect(refuseReturnRequest(lines, request, { reason: " ", by_manager: true })?.kind).toBe("invalid")
  })

  it("refuses lines that are not on the order", () => {
    expect(refuseReturnRequest(lines, [{ line_item_id: "ordli_x", quantity: 1 }], null)?.message).toContain("not on this order")
  })
})
