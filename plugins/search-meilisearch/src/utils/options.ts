import { MedusaError } from "@medusajs/framework/utils"

/** The provider's options, as given in medusa-config (`providers: [{ resolve, id, options }]`). */
export type MeilisearchOptions = {
  /** Meilisearch's URL, e.g. `http://meilisearch:7700`. */
  host: string
  /** An API key allowed to manage indexes, documents, settings and tasks (the master key in a private network). */
  apiKey?: string
  /** Milliseconds before a request to Meilisearch is given up. Default 10,000. */
  requestTimeoutMs: number
  /** Milliseconds a write may take to be processed (`waitForTask`). Default 120,000. */
  taskTimeoutMs: number
  /** Milliseconds between two looks at a pending task. Default 50. */
  taskIntervalMs: number
}

export const DEFAULT_MEILISEARCH_OPTIONS = { requestTimeoutMs: 10_000, taskTimeoutMs: 120_000, taskIntervalMs: 50 }

const PREFIX = "@passerelle/medusa-plugin-search-meilisearch:"
const KNOWN = ["host", "apiKey", ...Object.keys(DEFAULT_MEILISEARCH_OPTIONS)]

/** Reads the options; one sentence per problem, so a misconfigured search fails at start-up, not on the first query. */
export function parseMeilisearchOptions(raw: unknown): MeilisearchOptions {
  const given = (raw ?? {}) as Record<string, unknown>
  if (typeof given !== "object" || Array.isArray(given)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PREFIX} options must be an object`)
  }
  const problems: string[] = []
  for (const key of Object.keys(given)) {
    if (!KNOWN.includes(key)) {
      problems.push(`unknown option "${key}" (known: ${KNOWN.join(", ")})`)
    }
  }
  const host = typeof given.host === "string" ? given.host.trim() : ""
  if (!host) {
    problems.push("host is required (Meilisearch's URL, e.g. http://localhost:7700)")
  } else {
    try {
      const url = new URL(host)
      if (!["http:", "https:"].includes(url.protocol)) {
        problems.push(`host must be an http:// or https:// URL (got ${JSON.stringify(host)})`)
      }
    } catch {
      problems.push(`host must be an http:// or https:// URL (got ${JSON.stringify(host)})`)
    }
  }
  if (given.apiKey !== undefined && (typeof given.apiKey !== "string" || !given.apiKey.trim())) {
    problems.push("apiKey must be a non-empty string when given")
  }
  const numbers = { ...DEFAULT_MEILISEARCH_OPTIONS }
  for (const key of Object.keys(DEFAULT_MEILISEARCH_OPTIONS) as (keyof typeof DEFAULT_MEILISEARCH_OPTIONS)[]) {
    const value = given[key]
    if (value === undefined) {
      continue
    }
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 3_600_000) {
      problems.push(`${key} must be a whole number of milliseconds from 1 to 3600000 (got ${JSON.stringify(value)})`)
      continue
    }
    numbers[key] = value
  }
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PREFIX} ${problems.join("; ")}`)
  }
  return { host, ...(given.apiKey ? { apiKey: String(given.apiKey).trim() } : {}), ...numbers }
}
