import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AttributionReport, AttributionReportParams } from "../types/attribution"
import { attributionQueryKeys } from "./query-keys"

const BACKEND_URL = import.meta.env.VITE_BACKEND_URL || "/"

/** The attribution report of a period; the previous answer stays on screen while the next one loads. */
export const useAttributionReport = (params: AttributionReportParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: attributionQueryKeys.report(params),
    queryFn: () =>
      sdk.client.fetch<AttributionReport>("/admin/reports/attribution", {
        method: "GET",
        query: params,
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })

/** The same report as a CSV download: a plain link, so the browser saves the file with the session cookie. */
export const attributionReportCsvUrl = (params: AttributionReportParams) => {
  const search = new URLSearchParams({ ...params, format: "csv" })
  return `${BACKEND_URL.replace(/\/$/, "")}/admin/reports/attribution?${search.toString()}`
}
