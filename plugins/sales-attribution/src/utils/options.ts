import { MedusaError } from "@medusajs/framework/utils"
import { isValidTimezone } from "@passerelle/medusa-plugin-stores/utils/opening-hours"

/** Which touchpoint gets an online order's credit when several are within the window. */
export const ONLINE_RULES = ["last_touch", "first_touch", "split"] as const
export type OnlineRule = (typeof ONLINE_RULES)[number]

/** The plugin's options, as given in medusa-config (`plugins: [{ resolve, options }]`). */
export type SalesAttributionOptions = {
  /** Days after a touchpoint during which the customer's online orders are credited to it. Default 14. */
  attributionWindowDays: number
  /** How an online order is credited when touchpoints are within the window. Default "last_touch". */
  onlineRule: OnlineRule
  /**
   * Share (0 to 1) of a click & collect order credited to the store that handed it over. Default 0. Kept in basis
   * points (`clickCollectStoreShareBasisPoints`) so the split is done in integers.
   */
  clickCollectStoreShare: number
  /** Days a shared-cart link stays valid. Default 14. */
  sharedCartTtlDays: number
  /** The storefront page that opens a shared cart; `{token}` is replaced by the token. */
  sharedCartUrl: string
  /** Name shown in reports for the web channel's house account. Default "House account". */
  houseAccountName: string
  /** Time zone in which reports cut days (`from`, `to`, group by day). Default "Europe/Paris". */
  reportTimezone: string
}

export const DEFAULT_OPTIONS: SalesAttributionOptions = {
  attributionWindowDays: 14,
  onlineRule: "last_touch",
  clickCollectStoreShare: 0,
  sharedCartTtlDays: 14,
  sharedCartUrl: "http://localhost:8000/shared-carts/{token}",
  houseAccountName: "House account",
  reportTimezone: "Europe/Paris",
}

const WHOLE_NUMBER_LIMITS = {
  attributionWindowDays: { min: 1, max: 365 },
  sharedCartTtlDays: { min: 1, max: 90 },
} as const

/** The click & collect store share in basis points (0–10000), the integer weight the split uses. */
export function clickCollectStoreShareBasisPoints(options: SalesAttributionOptions): number {
  return Math.round(options.clickCollectStoreShare * 10_000)
}

/**
 * Reads the plugin options, filling in defaults. Throws one sentence per problem (a typo'd key, a window of 0 days,
 * a share above 1, a URL without `{token}`) so a misconfigured shop fails at start-up instead of crediting wrongly.
 */
export function parseSalesAttributionOptions(raw: unknown): SalesAttributionOptions {
  const given = (raw ?? {}) as Record<string, unknown>
  if (typeof given !== "object" || Array.isArray(given)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PREFIX} options must be an object`)
  }
  const known = Object.keys(DEFAULT_OPTIONS)
  const problems: string[] = []
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) {
      problems.push(`unknown option "${key}" (known: ${known.join(", ")})`)
    }
  }
  const options: SalesAttributionOptions = { ...DEFAULT_OPTIONS }
  for (const [key, { min, max }] of Object.entries(WHOLE_NUMBER_LIMITS)) {
    const value = given[key]
    if (value === undefined) {
      continue
    }
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      problems.push(`${key} must be a whole number of days from ${min} to ${max} (got ${JSON.stringify(value)})`)
      continue
    }
    options[key as keyof typeof WHOLE_NUMBER_LIMITS] = value
  }
  if (given.onlineRule !== undefined) {
    if (!ONLINE_RULES.includes(given.onlineRule as OnlineRule)) {
      problems.push(`onlineRule must be one of ${ONLINE_RULES.join(", ")} (got ${JSON.stringify(given.onlineRule)})`)
    } else {
      options.onlineRule = given.onlineRule as OnlineRule
    }
  }
  const share = given.clickCollectStoreShare
  if (share !== undefined) {
    const basisPoints = typeof share === "number" ? share * 10_000 : NaN
    if (
      typeof share !== "number" ||
      !(share >= 0 && share <= 1) ||
      Math.abs(basisPoints - Math.round(basisPoints)) > 1e-6
    ) {
      problems.push(
        `clickCollectStoreShare must be a number from 0 to 1 with at most 4 decimals (got ${JSON.stringify(share)})`
      )
    } else {
      options.clickCollectStoreShare = share as number
    }
  }
  const url = given.sharedCartUrl
  if (url !== undefined) {
    if (typeof url !== "string" || !/^https?:\/\/\S+$/.test(url) || url.split("{token}").length !== 2) {
      problems.push(`sharedCartUrl must be an http(s) URL containing {token} once (got ${JSON.stringify(url)})`)
    } else {
      options.sharedCartUrl = url
    }
  }
  const houseName = given.houseAccountName
  if (houseName !== undefined) {
    if (typeof houseName !== "string" || !houseName.trim()) {
      problems.push(`houseAccountName must be a non-empty string (got ${JSON.stringify(houseName)})`)
    } else {
      options.houseAccountName = houseName.trim()
    }
  }
  const timezone = given.reportTimezone
  if (timezone !== undefined) {
    if (typeof timezone !== "string" || !isValidTimezone(timezone)) {
      problems.push(`reportTimezone must be an IANA time zone such as "Europe/Paris" (got ${JSON.stringify(timezone)})`)
    } else {
      options.reportTimezone = timezone
    }
  }
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PREFIX} ${problems.join("; ")}`)
  }
  return options
}

const PREFIX = "@passerelle/medusa-plugin-sales-attribution:"
