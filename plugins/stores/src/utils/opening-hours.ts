import { MedusaError } from "@medusajs/framework/utils"

export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** One opening interval in store-local time, "HH:MM" 24-hour clock; `closes` is after `opens` on the same day. */
export type OpeningInterval = { opens: string; closes: string }
export type WeeklyOpeningHours = Record<Weekday, OpeningInterval[]>

export type OpeningStatus = {
  /** Whether the store is open at the instant asked about. */
  open_now: boolean
  /** Store-local date and time of that instant, for display: "2026-11-22T18:40". */
  local_time: string
  /** When it closes today (store-local "HH:MM"), if open. */
  closes_at: string | null
  /** The next opening (store-local date and time), if closed: "2026-11-23T10:00". */
  next_opening: string | null
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** True when `timezone` is an IANA zone this runtime knows ("Europe/Paris"). */
export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: timezone })
    return true
  } catch {
    return false
  }
}

/** Problems with a weekly schedule, one sentence each; empty when it is valid. */
export function openingHoursProblems(hours: unknown): string[] {
  if (!hours || typeof hours !== "object" || Array.isArray(hours)) {
    return ["opening_hours must be an object with one list of intervals per weekday"]
  }
  const problems: string[] = []
  const record = hours as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      problems.push(`opening_hours has an unknown day "${key}" (expected ${WEEKDAYS.join(", ")})`)
    }
  }
  for (const day of WEEKDAYS) {
    const intervals = record[day]
    if (!Array.isArray(intervals)) {
      problems.push(`opening_hours.${day} must be a list of { opens, closes } intervals ([] when closed)`)
      continue
    }
    let previousClose = -1
    intervals.forEach((interval: unknown, index) => {
      const { opens, closes } = (interval ?? {}) as Partial<OpeningInterval>
      if (typeof opens !== "string" || !TIME.test(opens) || typeof closes !== "string" || !TIME.test(closes)) {
        problems.push(`opening_hours.${day}[${index}] needs opens and closes as "HH:MM"`)
        return
      }
      if (toMinutes(closes) <= toMinutes(opens)) {
        problems.push(`opening_hours.${day}[${index}] closes (${closes}) before it opens (${opens})`)
      } else if (toMinutes(opens) < previousClose) {
        problems.push(`opening_hours.${day}[${index}] overlaps the interval before it`)
      }
      previousClose = toMinutes(closes)
    })
  }
  return problems
}

/** Throws a 400-mapped MedusaError when the schedule is invalid. */
export function assertOpeningHours(hours: unknown): asserts hours is WeeklyOpeningHours {
  const problems = openingHoursProblems(hours)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  }
}

type LocalMoment = { date: string; weekday: Weekday; minutes: number; time: string }

/** The calendar date, weekday and minute of the day that `at` is in `timezone`. */
export function localMoment(at: Date, timezone: string): LocalMoment {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "long",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value])
  )
  const time = `${parts.hour}:${parts.minute}`
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday.toLowerCase() as Weekday,
    minutes: toMinutes(time),
    time,
  }
}

/** The calendar date `days` after a YYYY-MM-DD date, and its weekday. */
function addDays(date: string, days: number): { date: string; weekday: Weekday } {
  const next = new Date(`${date}T12:00:00Z`)
  next.setUTCDate(next.getUTCDate() + days)
  const weekday = WEEKDAYS[(next.getUTCDay() + 6) % 7]
  return { date: next.toISOString().slice(0, 10), weekday }
}

/**
 * Whether a store is open at `at`, in its own timezone, honouring closed days; and when that changes.
 * Looks up to two weeks ahead for the next opening.
 */
export function openingStatus(
  hours: WeeklyOpeningHours,
  closedDates: Iterable<string>,
  timezone: string,
  at: Date
): OpeningStatus {
  const closed = new Set(closedDates)
  const now = localMoment(at, timezone)
  const today = closed.has(now.date) ? [] : hours[now.weekday] ?? []
  const current = today.find(
    (interval) => toMinutes(interval.opens) <= now.minutes && now.minutes < toMinutes(interval.closes)
  )
  const local_time = `${now.date}T${now.time}`
  if (current) {
    return { open_now: true, local_time, closes_at: current.closes, next_opening: null }
  }
  const laterToday = today.find((interval) => toMinutes(interval.opens) > now.minutes)
  if (laterToday) {
    return { open_now: false, local_time, closes_at: null, next_opening: `${now.date}T${laterToday.opens}` }
  }
  for (let days = 1; days <= 14; days++) {
    const day = addDays(now.date, days)
    const intervals = closed.has(day.date) ? [] : hours[day.weekday] ?? []
    if (intervals.length) {
      return { open_now: false, local_time, closes_at: null, next_opening: `${day.date}T${intervals[0].opens}` }
    }
  }
  return { open_now: false, local_time, closes_at: null, next_opening: null }
}
