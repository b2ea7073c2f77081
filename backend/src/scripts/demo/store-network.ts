import demoLogins from "./demo-logins.json"
import { DEMO_STORES, DemoLocation } from "./constants"

/** IANA timezone of each demo country: a store's hours are read in its own local time. */
const TIMEZONES: Record<string, string> = {
  fr: "Europe/Paris",
  be: "Europe/Brussels",
  de: "Europe/Berlin",
  lu: "Europe/Luxembourg",
  nl: "Europe/Amsterdam",
}

const interval = (opens: string, closes: string) => [{ opens, closes }]

/**
 * Plausible shop hours: Monday to Saturday 10:00–19:30 (late opening to 20:00 on Thursdays in France),
 * Sunday afternoons only where Sunday trading is allowed.
 */
export function openingHoursFor(store: DemoLocation) {
  const weekday = interval("10:00", "19:30")
  return {
    monday: weekday,
    tuesday: weekday,
    wednesday: weekday,
    thursday: store.country_code === "fr" ? interval("10:00", "20:00") : weekday,
    friday: weekday,
    saturday: interval("10:00", "19:30"),
    sunday: store.closedOnSunday ? [] : interval("11:00", "19:00"),
  }
}

/** Bank holidays every demo store closes on. */
export const DEMO_CLOSURES = [
  { date: "2026-12-25", reason: "Christmas Day" },
  { date: "2027-01-01", reason: "New Year's Day" },
]

export const timezoneFor = (store: DemoLocation) => TIMEZONES[store.country_code] ?? "Europe/Paris"

export type DemoAssociate = {
  store: string
  also?: string[]
  first_name: string
  last_name: string
  role: "associate" | "manager"
  email: string
  employee_code: string
}

/** The demo's associates (logins in demo-logins.json) with their employee codes, e.g. PAR-01-02. */
export function demoAssociates(): DemoAssociate[] {
  return withEmployeeCodes(demoLogins.associates)
}

/**
 * The contact centre's e-sellers (logins under `eSellers` in demo-logins.json), e.g. CC-01-01. Kept apart from
 * `demoAssociates()`, which lists the stores' teams (one manager per store).
 */
export function demoESellers(): DemoAssociate[] {
  return withEmployeeCodes(demoLogins.eSellers)
}

type DemoLogin = (typeof demoLogins.associates)[number] | (typeof demoLogins.eSellers)[number]

function withEmployeeCodes(logins: DemoLogin[]): DemoAssociate[] {
  const perStore = new Map<string, number>()
  return logins.map((associate) => {
    const rank = (perStore.get(associate.store) ?? 0) + 1
    perStore.set(associate.store, rank)
    return {
      ...associate,
      role: associate.role as DemoAssociate["role"],
      employee_code: `${associate.store}-${String(rank).padStart(2, "0")}`,
    }
  })
}

/** The contact centre answers Monday to Friday 09:00–19:00 and Saturday 10:00–18:00. */
export function contactCentreHours() {
  const weekday = interval("09:00", "19:00")
  return {
    monday: weekday,
    tuesday: weekday,
    wednesday: weekday,
    thursday: weekday,
    friday: weekday,
    saturday: interval("10:00", "18:00"),
    sunday: [],
  }
}

export const DEMO_ASSOCIATE_PASSWORD = demoLogins.associatePassword
