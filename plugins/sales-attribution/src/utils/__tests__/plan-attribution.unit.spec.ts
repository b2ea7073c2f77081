import { type CandidateTouchpoint, planAttribution, type PlanAttributionInput, planOverrideSales } from "../plan-attribution"

const DAY = 24 * 60 * 60 * 1000
const PLACED = new Date("2026-11-20T10:00:00.000Z")
const daysBeforePlaced = (days: number) => new Date(PLACED.getTime() - days * DAY)

let ids = 0
function touch(over: Partial<CandidateTouchpoint> & { days: number }): CandidateTouchpoint {
  const occurred = daysBeforePlaced(over.days)
  return {
    id: `tp_${String(++ids).padStart(3, "0")}`,
    kind: "assisted",
    associate_id: "assoc_lea",
    first_name: "Léa",
    store_id: "sp_par",
    store_code: "PAR-01",
    contact: "phone",
    shared_cart_id: null,
    customer_id: "cus_camille",
    cart_id: null,
    occurred_at: occurred,
    expires_at: new Date(occurred.getTime() + 14 * DAY),
    ...over,
  }
}
const LEA = { associate_id: "assoc_lea", first_name: "Léa", store_id: "sp_par", store_code: "PAR-01" }
const HUGO = { associate_id: "assoc_hugo", first_name: "Hugo", store_id: "sp_par", store_code: "PAR-01" }
const INES = { associate_id: "assoc_ines", first_name: "Inès", store_id: "sp_cc", store_code: "CC-01" }

function plan(over: Partial<PlanAttributionInput> & { rule?: "last_touch" | "first_touch" | "split"; share?: number } = {}) {
  const { rule = "last_touch", share = 0, ...rest } = over
  return planAttribution({
    order: { placed_at: PLACED, base_minor: 6667, customer_ids: ["cus_camille"], cart_id: "cart_1", sales_channel_name: "Web Store" },
    pos_sale: null,
    pickup_store: null,
    touchpoints: [],
    rules: { online_rule: rule, window_days: 14, click_collect_share_bp: share, house_account_name: "House account" },
    ...rest,
  })
}

describe("planAttribution", () => {
  it("credits a POS sale 100 % to the associate who rang it up, whatever the touchpoints", () => {
    const result = plan({ pos_sale: LEA, touchpoints: [touch({ days: 1, ...INES })] })
    expect(result).toEqual({
      rule: "pos_sale",
      reason: "POS sale rung up by Léa (PAR-01)",
      records: [
        {
          beneficiary: "associate",
          associate_id: "assoc_lea",
          store_id: "sp_par",
          amount_minor: 6667,
          rule: "pos_sale",
          reason: "POS sale rung up by Léa (PAR-01)",
          touchpoint_id: null,
        },
      ],
    })
  })

  it("credits the house account of the order's channel when no touchpoint counts", () => {
    const result = plan()
    expect(result.rule).toBe("house")
    expect(result.reason).toBe("no touchpoint within 14 days; credited to the House account (Web Store)")
    expect(result.records).toEqual([
      expect.objectContaining({ beneficiary: "house", associate_id: null, store_id: null, amount_minor: 6667, rule: "house" }),
    ])
  })

  it("last_touch: the latest touch within the window gets it all, with the touch in the reason", () => {
    const older = touch({ days: 5, ...LEA, kind: "shared_cart", shared_cart_id: "sc_01ABC", contact: null })
    const newer = touch({ days: 2, ...INES })
    const result = plan({ touchpoints: [newer, older] })
    expect(result.rule).toBe("last_touch")
    expect(result.records).toEqual([
      expect.objectContaining({ associate_id: "assoc_ines", store_id: "sp_cc", amount_minor: 6667, touchpoint_id: newer.id }),
    ])
    expect(result.reason).toBe("assisted by Inès (CC-01) by phone 2 days before; last-touch within 14 days")
  })

  it("first_touch: the earliest touch within the window gets it all", () => {
    const older = touch({ days: 3, ...LEA, kind: "shared_cart", shared_cart_id: "sc_01ABC", contact: null })
    const newer = touch({ days: 2, ...INES })
    const result = plan({ rule: "first_touch", touchpoints: [newer, older] })
    expect(result.rule).toBe("first_touch")
    expect(result.records).toEqual([expect.objectContaining({ associate_id: "assoc_lea", touchpoint_id: older.id })])
    expect(result.reason).toBe("shared cart sc_01ABC sent by Léa (PAR-01) 3 days before; first-touch within 14 days")
  })

  it("breaks a tie on the same instant by id: last_touch takes the larger, first_touch the smaller", () => {
    const a = touch({ days: 1, ...LEA, id: "tp_A" })
    const b = touch({ days: 1, ...HUGO, id: "tp_B" })
    expect(plan({ touchpoints: [b, a] }).records[0].touchpoint_id).toBe("tp_B")
    expect(plan({ rule: "first_touch", touchpoints: [b, a] }).records[0].touchpoint_id).toBe("tp_A")
  })

  it("counts a touch made the very instant of the order, but not one whose expiry is the instant of the order", () => {
    const atPlacement = touch({ days: 0, ...LEA, kind: "appointment", contact: null })
    expect(plan({ touchpoints: [atPlacement] }).reason).toBe("appointment with Léa (PAR-01) the same day; last-touch within 14 days")
    const expiring = touch({ days: 14, ...LEA })
    expect(new Date(expiring.expires_at).getTime()).toBe(PLACED.getTime())
    expect(plan({ touchpoints: [expiring] }).rule).toBe("house")
    const justInside = touch({ days: 14, ...LEA, expires_at: new Date(PLACED.getTime() + 1) })
    expect(plan({ touchpoints: [justInside] }).rule).toBe("last_touch")
  })

  it("ignores touches after the order and touches for another customer and cart", () => {
    const later = touch({ days: -1, ...LEA })
    const otherCustomer = touch({ days: 1, ...HUGO, customer_id: "cus_other" })
    expect(plan({ touchpoints: [later, otherCustomer] }).rule).toBe("house")
  })

  it("matches a touch by another customer with the same email (guest checkout) and by the order's cart", () => {
    const forRegistered = touch({ days: 1, ...LEA, customer_id: "cus_registered" })
    const guestOrder = { placed_at: PLACED, base_minor: 1000, customer_ids: ["cus_guest", "cus_registered"], cart_id: null, sales_channel_name: null }
    expect(plan({ order: guestOrder, touchpoints: [forRegistered] }).records[0].associate_id).toBe("assoc_lea")
    const sharedCart = touch({ days: 3, ...HUGO, kind: "shared_cart", customer_id: null, cart_id: "cart_1", shared_cart_id: "sc_9" })
    const result = plan({ touchpoints: [sharedCart] })
    expect(result.records[0].associate_id).toBe("assoc_hugo")
    expect(result.reason).toBe("shared cart sc_9 sent by Hugo (PAR-01) 3 days before; last-touch within 14 days")
  })

  it("split: even shares between the distinct associates, by first touch, each with the store of their latest touch", () => {
    const hugoFirst = touch({ days: 6, ...HUGO, store_id: "sp_lyo", store_code: "LYO-01" })
    const lea = touch({ days: 4, ...LEA })
    const hugoLatest = touch({ days: 1, ...HUGO, kind: "appointment", contact: null })
    const result = plan({ rule: "split", order: { placed_at: PLACED, base_minor: 8999, customer_ids: ["cus_camille"], cart_id: null, sales_channel_name: "Web" }, touchpoints: [lea, hugoLatest, hugoFirst] })
    expect(result.rule).toBe("split")
    expect(result.reason).toBe("split evenly between 2 associates who touched within 14 days: Hugo (PAR-01), Léa (PAR-01)")
    expect(result.records).toEqual([
      expect.objectContaining({
        associate_id: "assoc_hugo",
        store_id: "sp_par",
        amount_minor: 4500,
        touchpoint_id: hugoLatest.id,
        reason: "appointment with Hugo (PAR-01) 1 day before; split evenly between 2 associates who touched within 14 days",
      }),
      expect.objectContaining({ associate_id: "assoc_lea", amount_minor: 4499, touchpoint_id: lea.id }),
    ])
  })

  it("click & collect with a 10 % store share and the house account: store first, in one pass", () => {
    const result = plan({ pickup_store: { id: "sp_par", code: "PAR-01" }, share: 1000 })
    expect(result.rule).toBe("house")
    expect(result.reason).toBe(
      "no touchpoint within 14 days; credited to the House account (Web Store); handed over at PAR-01 (click & collect): 10% store share"
    )
    expect(result.records.map((r) => [r.beneficiary, r.rule, r.store_id, r.amount_minor])).toEqual([
      ["store", "click_collect_share", "sp_par", 667],
      ["house", "house", null, 6000],
    ])
  })

  it("click & collect with a 10 % store share and a split between two associates", () => {
    const result = plan({
      rule: "split",
      pickup_store: { id: "sp_par", code: "PAR-01" },
      share: 1000,
      touchpoints: [touch({ days: 2, ...LEA }), touch({ days: 1, ...INES })],
    })
    expect(result.records.map((r) => [r.beneficiary, r.associate_id, r.amount_minor])).toEqual([
      ["store", null, 667],
      ["associate", "assoc_lea", 3000],
      ["associate", "assoc_ines", 3000],
    ])
    expect(result.records.reduce((sum, r) => sum + r.amount_minor, 0)).toBe(6667)
  })

  it("click & collect without a share or without a known store writes no store record", () => {
    expect(plan({ pickup_store: { id: "sp_par", code: "PAR-01" }, share: 0 }).records).toHaveLength(1)
    expect(plan({ pickup_store: null, share: 1000 }).records).toHaveLength(1)
  })
})

describe("planOverrideSales", () => {
  it("splits the gross evenly between the named associates, the first named taking the odd cent", () => {
    const records = planOverrideSales({ gross_minor: 6667, assignees: [LEA, HUGO], override_reason: 'override by Maud (PAR-01): "helped"', house_account_name: "House account" })
    expect(records.map((r) => [r.associate_id, r.amount_minor, r.rule])).toEqual([
      ["assoc_lea", 3334, "override"],
      ["assoc_hugo", 3333, "override"],
    ])
    expect(records[0].reason).toBe('override by Maud (PAR-01): "helped"; split evenly between 2 associates')
  })

  it("gives everything to one associate or to the house account", () => {
    const [lea] = planOverrideSales({ gross_minor: 100, assignees: [LEA], override_reason: "o", house_account_name: "House account" })
    expect(lea).toEqual(expect.objectContaining({ associate_id: "assoc_lea", amount_minor: 100, reason: "o; credited to Léa (PAR-01)" }))
    const [house] = planOverrideSales({ gross_minor: 100, assignees: [], override_reason: "o", house_account_name: "House account" })
    expect(house).toEqual(expect.objectContaining({ beneficiary: "house", amount_minor: 100, reason: "o; credited to the House account" }))
  })
})
