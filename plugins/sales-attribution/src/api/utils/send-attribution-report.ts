import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AttributionReport } from "../../utils/attribution-report-types"
import { renderAttributionReportCsv, reportCsvFilename } from "../../utils/report-csv"
import type { ReportFormat } from "../../utils/report-params"

/** Whether the caller asked for CSV: `?format=csv`, or `Accept: text/csv` when no format is given. */
export function wantsCsv(req: MedusaRequest, format: ReportFormat | undefined): boolean {
  return format === "csv" || (!format && req.accepts(["json", "csv"]) === "csv")
}

/** Answers a report as JSON, or as a CSV download with the same rows and figures. */
export function sendAttributionReport(
  req: MedusaRequest,
  res: MedusaResponse,
  report: AttributionReport,
  format: ReportFormat | undefined
) {
  if (wantsCsv(req, format)) {
    res.setHeader("Content-Disposition", `attachment; filename="${reportCsvFilename(report)}"`)
    res.type("csv").send(renderAttributionReportCsv(report))
    return
  }
  res.json(report)
}
