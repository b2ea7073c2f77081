import type { AttributionReport, AttributionReportRow } from "./attribution-report-types"
import type { ReportDimension } from "./report-params"

/** The columns each dimension brings to a row, in the order the CSV writes them. */
export const REPORT_DIMENSION_COLUMNS: Record<ReportDimension, (keyof AttributionReportRow)[]> = {
  day: ["day"],
  associate: ["beneficiary", "associate_id"],
  store: ["store_id"],
  channel: ["sales_channel_id"],
}

const FIGURE_COLUMNS = ["gross", "returns", "net", "orders"] as const

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return ""
  }
  const text = String(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** An amount as the CSV writes it: dot decimals, two places, no thousands separator ("1234.50", "-12.00"). */
export function csvAmount(amount: number): string {
  const fixed = amount.toFixed(2)
  return fixed === "-0.00" ? "0.00" : fixed
}

/** The header row's column names: the grouped dimensions' columns, then label, currency and the figures. */
export function reportCsvColumns(groupBy: ReportDimension[]): string[] {
  return [...groupBy.flatMap((dimension) => REPORT_DIMENSION_COLUMNS[dimension]), "label", "currency_code", ...FIGURE_COLUMNS]
}

/**
 * A report as CSV (RFC 4180: CRLF line ends, a header row): the same rows and figures as the JSON answer, without
 * a totals line, so a spreadsheet's sums are the report's sums.
 */
export function renderAttributionReportCsv(report: Pick<AttributionReport, "group_by" | "rows">): string {
  const columns = reportCsvColumns(report.group_by)
  const lines = [columns.map(csvField).join(",")]
  for (const row of report.rows) {
    lines.push(
      columns
        .map((column) => {
          const value = row[column as keyof AttributionReportRow]
          return (FIGURE_COLUMNS as readonly string[]).includes(column) && column !== "orders"
            ? csvAmount(value as number)
            : csvField(value as string | number | null | undefined)
        })
        .join(",")
    )
  }
  return lines.join("\r\n") + "\r\n"
}

/** The file name a report downloads as: `attribution-2026-10-01-2026-10-31.csv`. */
export function reportCsvFilename(report: Pick<AttributionReport, "from" | "to">): string {
  return `attribution-${report.from}-${report.to}.csv`
}
