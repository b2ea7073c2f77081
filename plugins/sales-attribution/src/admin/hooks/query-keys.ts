import type { AttributionReportParams } from "../types/attribution"

/** React Query keys of the plugin's admin data. */
export const attributionQueryKeys = {
  report: (params: AttributionReportParams) => ["attribution", "report", params] as const,
  ofOrder: (orderId: string) => ["attribution", "order", orderId] as const,
}
