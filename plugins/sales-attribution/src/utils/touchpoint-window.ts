const DAY_MS = 24 * 60 * 60 * 1000

/**
 * When a touchpoint stops earning credit: `windowDays` whole days of 24 hours after it happened. Kept on the
 * touchpoint when it is written, so changing the option later does not move the expiry of touchpoints already made.
 */
export function touchpointExpiry(occurredAt: Date | string, windowDays: number): Date {
  return new Date(new Date(occurredAt).getTime() + windowDays * DAY_MS)
}

/** The earliest moment a touchpoint recorded at `at` may say it happened: anything older has already expired. */
export function earliestTouchpointAt(at: Date | string, windowDays: number): Date {
  return new Date(new Date(at).getTime() - windowDays * DAY_MS)
}

/** When a shared-cart link made at `at` stops opening: `ttlDays` days of 24 hours later. */
export function sharedCartExpiry(at: Date | string, ttlDays: number): Date {
  return new Date(new Date(at).getTime() + ttlDays * DAY_MS)
}
