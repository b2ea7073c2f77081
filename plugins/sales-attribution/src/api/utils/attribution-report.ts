import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Beneficiary } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import type { AttributionFigures, AttributionReport, AttributionReportRow } from "../../utils/attribution-report-types"
import { REPORT_DIMENSION_COLUMNS } from "../../utils/report-csv"
import type { ReportDimension } from "../../utils/report-params"
import { labelReportRows } from "./report-labels"

/** Whose records a report sums: every filter given narrows it (the routes decide which ones a caller may set). */
export type AttributionReportFilters = {
  associate_id?: string
  store_id?: string
  sales_channel_id?: string
}

export type AttributionReportRequest = {
  /** First and last day (`YYYY-MM-DD`, both included), cut at midnight in the plugin's `reportTimezone`. */
  from: string
  to: string
  group_by: ReportDimension[]
  filters: AttributionReportFilters
}

/** The SQL column of each filter: a fixed list, so no input ever becomes SQL text. */
const FILTER_COLUMNS: Record<keyof AttributionReportFilters, string> = {
  associate_id: "associate_id",
  store_id: "store_id",
  sales_channel_id: "sales_channel_id",
}

type ReportSqlRow = {
  day: string | null
  beneficiary: Beneficiary | null
  associate_id: string | null
  store_id: string | null
  sales_channel_id: string | null
  currency_code: string
  gross: string
  returns: string
  net: string
  orders: string
  is_total: number
}

/**
 * Sums the attribution records of a period: sales (gross), returns (credit taken back) and net per group and per
 * currency, plus the totals, in one grouped statement over `attribution_record` (grouping sets: the groups and
 * the per-currency totals). Superseded records (replaced by an override) and deleted ones don't count. Days are
 * cut in the plugin's `reportTimezone`, so a sale at 23:30 UTC on 31 October is a 1 November sale in Paris.
 */
export async function buildAttributionReport(
  scope: MedusaContainer,
  { from, to, group_by, filters }: AttributionReportRequest
): Promise<AttributionReport> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { options } = scope.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
  const timezone = options.reportTimezone

  const dimensionColumns = group_by.flatMap((dimension) => REPORT_DIMENSION_COLUMNS[dimension] as string[])
  const conditions: string[] = []
  const filterBindings: string[] = []
  for (const [key, column] of Object.entries(FILTER_COLUMNS)) {
    const value = filters[key as keyof AttributionReportFilters]
    if (value) {
      conditions.push(`and r.${column} = ?`)
      filterBindings.push(value)
    }
  }
  const { rows } = await pg.raw(
    `select ${dimensionColumns.map((column) => `g.${column}`).join(", ")}, g.currency_code,
            coalesce(sum(g.amount) filter (where g.kind = 'sale'), 0) as gross,
            coalesce(-sum(g.amount) filter (where g.kind = 'return'), 0) as returns,
            sum(g.amount) as net,
            count(distinct g.order_id) filter (where g.kind = 'sale') as orders,
            grouping(g.${dimensionColumns[0]}) as is_total
       from (select r.*, to_char(r.occurred_at at time zone ?, 'YYYY-MM-DD') as day
               from attribution_record r
              where r.deleted_at is null and r.superseded_at is null
                and r.occurred_at >= cast(? as date)::timestamp at time zone ?
                and r.occurred_at < (cast(? as date) + 1)::timestamp at time zone ?
                ${conditions.join(" ")}) g
      group by grouping sets ((${dimensionColumns.map((column) => `g.${column}`).join(", ")}, g.currency_code), (g.currency_code))`,
    [timezone, from, timezone, to, timezone, ...filterBindings]
  )

  const totals: Record<string, AttributionFigures> = {}
  const groups: AttributionReportRow[] = []
  for (const row of rows as ReportSqlRow[]) {
    const figures = {
      gross: Number(row.gross),
      returns: Number(row.returns),
      net: Number(row.net),
      orders: Number(row.orders),
    }
    if (Number(row.is_total) === 1) {
      totals[row.currency_code] = figures
      continue
    }
    const dimensions = Object.fromEntries(dimensionColumns.map((column) => [column, row[column as keyof ReportSqlRow]]))
    groups.push({ ...dimensions, label: "", currency_code: row.currency_code, ...figures })
  }

  const labelled = await labelReportRows(scope, groups, group_by, options.houseAccountName)
  return { from, to, timezone, group_by, rows: labelled, totals }
}
