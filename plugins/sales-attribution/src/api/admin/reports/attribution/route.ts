import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildAttributionReport } from "../../../utils/attribution-report"
import { sendAttributionReport } from "../../../utils/send-attribution-report"
import type { AdminAttributionReportQueryType } from "./validators"

/** Sales credited across every store, channel and associate, optionally narrowed. JSON, or CSV with `Accept: text/csv`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminAttributionReportQueryType>,
  res: MedusaResponse
) => {
  const { from, to, group_by, format, store_id, associate_id, sales_channel_id } =
    req.validatedQuery as AdminAttributionReportQueryType
  const report = await buildAttributionReport(req.scope, {
    from,
    to,
    group_by,
    filters: { store_id, associate_id, sales_channel_id },
  })
  sendAttributionReport(req, res, report, format)
}
