/**
 * The queue's service levels. A click & collect order should be on the pickup shelf within
 * `PICKUP_READY_WITHIN_MINUTES` of being placed (the storefront promises "ready in 2 hours"); past that, a
 * placed or preparing pickup is overdue. A ready pickup is overdue once its hold ends (`hold_until`): the expiry
 * job will cancel it, and staff may want to call the shopper first.
 */
export const PICKUP_READY_WITHIN_MINUTES = 120

export type PickupSlaInput = {
  status: string
  placed_at: Date | string
  ready_at?: Date | string | null
  hold_until?: Date | string | null
}

export type PickupSla = {
  /** Minutes since the order was placed, frozen when it became ready; null if it never did and is closed. */
  minutes_waiting: number | null
  /** Minutes on the pickup shelf, while ready; null otherwise. */
  minutes_since_ready: number | null
  overdue: boolean
}

const minutesBetween = (from: Date | string, to: Date) => Math.max(0, Math.floor((to.getTime() - new Date(from).getTime()) / 60000))

export function pickupSla(pickup: PickupSlaInput, now: Date = new Date()): PickupSla {
  const waitingUntil = pickup.ready_at
    ? new Date(pickup.ready_at)
    : pickup.status === "placed" || pickup.status === "preparing"
      ? now
      : null
  const minutesWaiting = waitingUntil ? minutesBetween(pickup.placed_at, waitingUntil) : null
  const isReady = pickup.status === "ready" && !!pickup.ready_at
  const overdue =
    pickup.status === "placed" || pickup.status === "preparing"
      ? (minutesWaiting ?? 0) > PICKUP_READY_WITHIN_MINUTES
      : pickup.status === "ready" && !!pickup.hold_until && now > new Date(pickup.hold_until)
  return {
    minutes_waiting: minutesWaiting,
    minutes_since_ready: isReady ? minutesBetween(pickup.ready_at!, now) : null,
    overdue,
  }
}
