/**
 * What /admin/reports/attribution and /admin/orders/:id/attribution answer, as the admin pages read them: the
 * routes' own types, imported as types only, so the admin bundle pulls no server code in.
 */
import type { AttributionView } from "../../api/utils/attribution-view"
import type { ReportDimension } from "../../utils/report-params"

export type { Beneficiary } from "../../constants"
export type { AttributionFigures, AttributionReport, AttributionReportRow } from "../../utils/attribution-report-types"
export type { ReportDimension }

/** The dimensions a report can be grouped by, in the order the page offers them. */
export const REPORT_DIMENSIONS = ["associate", "store", "channel", "day"] as const satisfies readonly ReportDimension[]

export type AttributionReportParams = {
  from: string
  to: string
  /** Comma list of dimensions. */
  group_by: string
}

/** The order's credit: the header (null when the order was never attributed), every record, the overrides. */
export type AdminOrderAttributionResponse = AttributionView
export type AdminOrderAttributionRecord = AttributionView["records"][number]
export type AdminOrderAttributionOverride = AttributionView["overrides"][number]
