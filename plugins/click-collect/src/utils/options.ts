import { MedusaError } from "@medusajs/framework/utils"

/** The plugin's options, as given in medusa-config (`plugins: [{ resolve, options }]`). */
export type ClickCollectOptions = {
  /**
   * Units each store keeps back from what the web shop may promise: a display item, a miscount, a sale at the
   * till that is not yet recorded. Default 1.
   */
  safetyBuffer: number
  /** Orders placed later than this many minutes before a store closes are collected the next opening day. Default 60. */
  sameDayCutoffMinutes: number
  /** Days a ready parcel is held for the shopper before the order is canceled and the stock released. Default 5. */
  holdDays: number
  /** Hours before the hold ends when the shopper is reminded to come. Default 24. */
  reminderHoursBeforeExpiry: number
}

export const DEFAULT_OPTIONS: ClickCollectOptions = {
  safetyBuffer: 1,
  sameDayCutoffMinutes: 60,
  holdDays: 5,
  reminderHoursBeforeExpiry: 24,
}

const LIMITS: Record<keyof ClickCollectOptions, { max: number; unit: string }> = {
  safetyBuffer: { max: 1000, unit: "units" },
  sameDayCutoffMinutes: { max: 24 * 60, unit: "minutes" },
  holdDays: { max: 60, unit: "days" },
  reminderHoursBeforeExpiry: { max: 24 * 60, unit: "hours" },
}

/**
 * Reads the plugin options, filling in defaults. Throws one sentence per problem (a typo'd key, a negative or
 * fractional number) so a misconfigured shop fails at start-up instead of promising the wrong stock.
 */
export function parseClickCollectOptions(raw: unknown): ClickCollectOptions {
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
  const options = { ...DEFAULT_OPTIONS }
  for (const key of known as (keyof ClickCollectOptions)[]) {
    const value = given[key]
    if (value === undefined) {
      continue
    }
    const { max, unit } = LIMITS[key]
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
      problems.push(`${key} must be a whole number of ${unit} from 0 to ${max} (got ${JSON.stringify(value)})`)
      continue
    }
    options[key] = value
  }
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PREFIX} ${problems.join("; ")}`)
  }
  return options
}

const PREFIX = "@passerelle/medusa-plugin-click-collect:"
