import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** What a report can be grouped by, the only words `group_by` accepts (they map to fixed SQL, never to input). */
export const REPORT_DIMENSIONS = ["associate", "store", "channel", "day"] as const
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number]

export const DEFAULT_REPORT_GROUP_BY: ReportDimension[] = ["associate"]

/** A report covers at most a year (a leap year's 366 days), so one request can't sum the whole history. */
export const MAX_REPORT_DAYS = 366

export const REPORT_FORMATS = ["json", "csv"] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

const DAY_MS = 24 * 60 * 60 * 1000
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** Midnight UTC of a `YYYY-MM-DD` calendar day, or null when it is not one (2026-02-30, 2026-13-01, "tomorrow"). */
export function calendarDayTime(value: string): number | null {
  const match = DAY_PATTERN.exec(value)
  if (!match) {
    return null
  }
  const [year, month, day] = match.slice(1).map(Number)
  const time = Date.UTC(year, month - 1, day)
  const date = new Date(time)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : null
}

/** How many days `from`..`to` covers, both included (1 when they are the same day). */
export function reportDayCount(from: string, to: string): number {
  return Math.round((calendarDayTime(to)! - calendarDayTime(from)!) / DAY_MS) + 1
}

/** Why a period can't be reported on, in one sentence, or undefined when it can. Both days must be valid. */
export function reportPeriodProblem(from: string, to: string): string | undefined {
  const days = reportDayCount(from, to)
  if (days < 1) {
    return `to (${to}) is before from (${from})`
  }
  if (days > MAX_REPORT_DAYS) {
    return `A report covers at most ${MAX_REPORT_DAYS} days; ${from} to ${to} is ${days} days`
  }
  return undefined
}

/**
 * `group_by=day,store` or `group_by[]=day&group_by[]=store` as a list of known dimensions, in the order given,
 * each once. Throws a sentence naming what it doesn't know.
 */
export function parseReportGroupBy(value: unknown): ReportDimension[] {
  const words = (Array.isArray(value) ? value : [value])
    .flatMap((part) => (typeof part === "string" ? part.split(",") : [part]))
    .map((part) => (typeof part === "string" ? part.trim() : part))
    .filter((part) => part !== "")
  const unknown = words.filter((word) => !REPORT_DIMENSIONS.includes(word as ReportDimension))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `group_by takes a comma list of ${REPORT_DIMENSIONS.join(", ")} (got ${unknown.map((w) => JSON.stringify(w)).join(", ")})`
    )
  }
  if (!words.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `group_by takes a comma list of ${REPORT_DIMENSIONS.join(", ")} (got nothing)`
    )
  }
  return [...new Set(words as ReportDimension[])]
}

const reportDay = (field: "from" | "to") =>
  z.string({ error: `${field} is required, as YYYY-MM-DD` }).refine((value) => calendarDayTime(value) !== null, {
    error: (issue) => `${field} must be a calendar day as YYYY-MM-DD (got ${JSON.stringify(issue.input)})`,
  })

const groupBy = z
  .unknown()
  .transform((value, context): ReportDimension[] => {
    if (value === undefined) {
      return DEFAULT_REPORT_GROUP_BY
    }
    try {
      return parseReportGroupBy(value)
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message, input: value })
      return z.NEVER
    }
  })

/**
 * The query both report routes share: `from` and `to` (days, both included), `group_by` (default associate) and
 * `format` (json or csv; `Accept: text/csv` works too). The routes add their own filters.
 */
export const reportQueryFields = {
  from: reportDay("from"),
  to: reportDay("to"),
  group_by: groupBy,
  format: z.enum(REPORT_FORMATS).optional(),
}

/** Refuses a period that ends before it starts or covers more than a year (use with `.superRefine`). */
export function checkReportPeriod(query: { from: string; to: string }, context: z.RefinementCtx) {
  if (calendarDayTime(query.from) === null || calendarDayTime(query.to) === null) {
    return
  }
  const problem = reportPeriodProblem(query.from, query.to)
  if (problem) {
    context.addIssue({ code: "custom", message: problem, path: ["to"], input: query.to })
  }
}
