import type { Beneficiary } from "../constants"
import type { ReportDimension } from "./report-params"

/** Gross, returns, net (major units) and the number of distinct orders with a sale record. */
export type AttributionFigures = {
  gross: number
  /** Credit taken back, as a positive amount. */
  returns: number
  /** gross − returns. */
  net: number
  orders: number
}

/**
 * One line of an attribution report: the values of the dimensions grouped by (only those), a label a person can
 * read, the currency, and the figures.
 */
export type AttributionReportRow = {
  /** `YYYY-MM-DD` in the report's time zone (group by day). */
  day?: string
  /** Who the credit went to (group by associate): an associate, a store alone (hand-over share) or the house account. */
  beneficiary?: Beneficiary
  associate_id?: string | null
  store_id?: string | null
  sales_channel_id?: string | null
  label: string
  currency_code: string
} & AttributionFigures

/** What `GET /pos/reports/attribution` and `GET /admin/reports/attribution` answer. */
export type AttributionReport = {
  /** First day, inclusive. */
  from: string
  /** Last day, inclusive. */
  to: string
  timezone: string
  group_by: ReportDimension[]
  rows: AttributionReportRow[]
  /** Per currency; `orders` counts distinct orders over the whole report, not the sum of the rows. */
  totals: Record<string, AttributionFigures>
}
