import { z } from "@medusajs/framework/zod"
import {
  calendarDayTime,
  checkReportPeriod,
  parseReportGroupBy,
  reportDayCount,
  reportPeriodProblem,
  reportQueryFields,
} from "../report-params"

const schema = z.object(reportQueryFields).strict().superRefine(checkReportPeriod)
const problemsOf = (query: Record<string, unknown>) => {
  const parsed = schema.safeParse(query)
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)
}

describe("report params", () => {
  it("reads calendar days and refuses what isn't one", () => {
    expect(calendarDayTime("2026-10-31")).toBe(Date.UTC(2026, 9, 31))
    expect(calendarDayTime("2028-02-29")).toBe(Date.UTC(2028, 1, 29))
    for (const bad of ["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-5", "26-10-01", "2026-10-01T00:00", ""]) {
      expect(calendarDayTime(bad)).toBeNull()
    }
  })

  it("counts both ends and refuses periods backwards or longer than 366 days", () => {
    expect(reportDayCount("2026-10-01", "2026-10-01")).toBe(1)
    expect(reportDayCount("2026-10-01", "2026-10-31")).toBe(31)
    // Across the October change to winter time: still whole days.
    expect(reportDayCount("2026-10-24", "2026-10-26")).toBe(3)
    expect(reportPeriodProblem("2026-10-01", "2026-10-31")).toBeUndefined()
    expect(reportPeriodProblem("2026-10-02", "2026-10-01")).toBe("to (2026-10-01) is before from (2026-10-02)")
    expect(reportPeriodProblem("2027-01-01", "2028-01-01")).toBeUndefined() // 366 days
    expect(reportPeriodProblem("2027-01-01", "2028-01-02")).toBe(
      "A report covers at most 366 days; 2027-01-01 to 2028-01-02 is 367 days"
    )
  })

  it("reads group_by as a comma list or repeated params, in order, each once", () => {
    expect(parseReportGroupBy("associate")).toEqual(["associate"])
    expect(parseReportGroupBy("day, store,channel")).toEqual(["day", "store", "channel"])
    expect(parseReportGroupBy(["day", "store,day"])).toEqual(["day", "store"])
    expect(() => parseReportGroupBy("store,region")).toThrow(
      'group_by takes a comma list of associate, store, channel, day (got "region")'
    )
    expect(() => parseReportGroupBy(" , ")).toThrow("(got nothing)")
  })

  it("validates a whole query with clear sentences", () => {
    expect(schema.parse({ from: "2026-10-01", to: "2026-10-31" })).toEqual({
      from: "2026-10-01",
      to: "2026-10-31",
      group_by: ["associate"],
    })
    expect(schema.parse({ from: "2026-10-01", to: "2026-10-31", group_by: "day,channel", format: "csv" })).toMatchObject({
      group_by: ["day", "channel"],
      format: "csv",
    })
    expect(problemsOf({ from: "2026-10-32", to: "2026-10-31" })).toEqual([
      'from must be a calendar day as YYYY-MM-DD (got "2026-10-32")',
    ])
    expect(problemsOf({ to: "2026-10-31" })).toEqual(["from is required, as YYYY-MM-DD"])
    expect(problemsOf({ from: "2026-10-31", to: "2026-10-01" })).toEqual(["to (2026-10-01) is before from (2026-10-31)"])
    expect(problemsOf({ from: "2026-10-01", to: "2026-10-31", group_by: "sku" })).toEqual([
      'group_by takes a comma list of associate, store, channel, day (got "sku")',
    ])
    expect(problemsOf({ from: "2026-10-01", to: "2026-10-31", format: "xlsx" })).toHaveLength(1)
    expect(problemsOf({ from: "2026-10-01", to: "2026-10-31", limit: "5" })).toHaveLength(1)
  })
})
