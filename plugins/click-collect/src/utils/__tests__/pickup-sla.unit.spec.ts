import { PICKUP_READY_WITHIN_MINUTES, pickupSla } from "../pickup-sla"

const now = new Date("2026-03-02T12:00:00Z")
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60000)

describe("pickupSla", () => {
  it("counts a placed pickup's wait and calls it overdue past the ready target", () => {
    expect(pickupSla({ status: "placed", placed_at: minutesAgo(30) }, now)).toEqual({
      minutes_waiting: 30,
      minutes_since_ready: null,
      overdue: false,
    })
    expect(pickupSla({ status: "preparing", placed_at: minutesAgo(PICKUP_READY_WITHIN_MINUTES + 1) }, now).overdue).toBe(true)
  })

  it("freezes the wait when ready, counts time on the shelf, and is overdue past the hold", () => {
    const ready = { status: "ready", placed_at: minutesAgo(200), ready_at: minutesAgo(50), hold_until: minutesAgo(-60) }
    expect(pickupSla(ready, now)).toEqual({ minutes_waiting: 150, minutes_since_ready: 50, overdue: false })
    expect(pickupSla({ ...ready, hold_until: minutesAgo(1) }, now).overdue).toBe(true)
  })

  it("gives a closed pickup no running figures", () => {
    expect(pickupSla({ status: "collected", placed_at: minutesAgo(300), ready_at: minutesAgo(200) }, now)).toEqual({
      minutes_waiting: 100,
      minutes_since_ready: null,
      overdue: false,
    })
    expect(pickupSla({ status: "canceled", placed_at: minutesAgo(300) }, now).minutes_waiting).toBeNull()
  })
})
