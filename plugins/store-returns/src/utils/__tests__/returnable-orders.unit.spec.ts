import { toReturnableOrder } from "../returnable-orders"

const now = new Date("2026-03-31T12:00:00Z")
const policy = { returnWindowDays: 30, nonReturnableTag: "non-returnable" }

const order = (fulfillments: any[]) => ({
  id: "order_1",
  display_id: 7,
  email: "camille@example.com",
  created_at: "2026-03-01T10:00:00Z",
  currency_code: "eur",
  status: "completed",
  total: 149,
  sales_channel: { id: "sc_web", name: "Web" },
  customer: { id: "cus_1", first_name: "Camille", last_name: "Martin", email: "camille@example.com" },
  items: [
    {
      id: "ordli_1",
      title: "M",
      product_title: "Pull marin",
      variant_id: "variant_1",
      variant_sku: "PM-M",
      total: 144,
      detail: { quantity: 2, delivered_quantity: 2, return_requested_quantity: 0, return_received_quantity: 0, return_dismissed_quantity: 0 },
      product: { tags: [{ value: "knitwear" }] },
    },
  ],
  fulfillments,
})

describe("toReturnableOrder", () => {
  it("counts the window from the line's latest hand-over, ignoring canceled fulfilments and other lines' ones", () => {
    const read = toReturnableOrder(
      order([
        { delivered_at: "2026-02-01T12:00:00Z", items: [{ line_item_id: "ordli_1" }] },
        { delivered_at: "2026-03-28T12:00:00Z", items: [{ line_item_id: "ordli_1" }] },
        { delivered_at: "2026-03-30T12:00:00Z", canceled_at: "2026-03-30T13:00:00Z", items: [{ line_item_id: "ordli_1" }] },
        { delivered_at: "2026-03-31T10:00:00Z", items: [{ line_item_id: "ordli_other" }] },
      ]),
      policy,
      false,
      now
    )
    expect(read.lines[0]).toEqual(
      expect.objectContaining({ title: "Pull marin M", days_since_delivery: 3, unit_price_paid: 72, status: "returnable" })
    )
    expect(read).toEqual(
      expect.objectContaining({ display_id: 7, paid_in_cash: false, sales_channel: { id: "sc_web", name: "Web" } })
    )
  })

  it("has no delivery date for a line never handed over", () => {
    const read = toReturnableOrder(order([]), policy, true, now)
    expect(read.lines[0]).toEqual(expect.objectContaining({ delivered_at: null, days_since_delivery: null }))
    expect(read.paid_in_cash).toBe(true)
  })
})
