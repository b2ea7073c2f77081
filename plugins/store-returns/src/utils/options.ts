import { MedusaError } from "@medusajs/framework/utils"

/** The plugin's options, as given in medusa-config (`plugins: [{ resolve, options }]`). */
export type StoreReturnsOptions = {
  /** Days after delivery (or collection in store) during which an item can be brought back. Default 30. */
  returnWindowDays: number
  /** Products carrying a tag with this value can't be returned (hygiene, made to measure…). Default "non-returnable". */
  nonReturnableTag: string
  /** Hours a shopper's return QR token stays valid. Default 72. */
  returnTokenTtlHours: number
  /**
   * Secret that signs return QR tokens. Default: the app's `projectConfig.http.jwtSecret`, so a token is only
   * honoured by the shop that issued it.
   */
  returnTokenSecret?: string
}

export const DEFAULT_OPTIONS: StoreReturnsOptions = {
  returnWindowDays: 30,
  nonReturnableTag: "non-returnable",
  returnTokenTtlHours: 72,
}

const WHOLE_NUMBER_LIMITS = {
  returnWindowDays: { min: 0, max: 3650, unit: "days" },
  returnTokenTtlHours: { min: 1, max: 24 * 90, unit: "hours" },
} as const

/**
 * Reads the plugin options, filling in defaults. Throws one sentence per problem (a typo'd key, a negative window,
 * an empty tag) so a misconfigured shop fails at start-up instead of applying the wrong return policy.
 */
export function parseStoreReturnsOptions(raw: unknown): StoreReturnsOptions {
  const given = (raw ?? {}) as Record<string, unknown>
  if (typeof given !== "object" || Array.isArray(given)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PREFIX} options must be an object`)
  }
  const known = [...Object.keys(DEFAULT_OPTIONS), "returnTokenSecret"]
  const problems: string[] = []
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) {
      problems.push(`unknown option "${key}" (known: ${known.join(", ")})`)
    }
  }
  const options: StoreReturnsOptions = { ...DEFAULT_OPTIONS }
  for (const [key, { min, max, unit }] of Object.entries(WHOLE_NUMBER_LIMITS)) {
    const value = given[key]
    if (value === undefined) {
      continue
    }
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      problems.push(`${key} must be a whole number of ${unit} from ${min} to ${max} (got ${JSON.stringify(value)})`)
      continue
    }
    options[key as keyof typeof WHOLE_NUMBER_LIMITS] = value
  }
  for (const key of ["nonReturnableTag", "returnTokenSecret"] as const) {
    const value = given[key]
    if (value === undefined) {
      continue
    }
    if (typeof value !== "string" || !value.trim()) {
      problems.push(`${key} must be a non-empty string (got ${JSON.stringify(value)})`)
      continue
    }
    options[key] = value.trim()
  }
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PREFIX} ${problems.join("; ")}`)
  }
  return options
}

const PREFIX = "@passerelle/medusa-plugin-store-returns:"
