import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { buildAttributionReport, type AttributionReportFilters } from "../../../utils/attribution-report"
import { sendAttributionReport } from "../../../utils/send-attribution-report"
import type { PosAttributionReportQueryType } from "./validators"

/**
 * Sales credited, on the tablet: an associate sees their own figures (in every store they work for); a manager
 * sees the store they act for, or one associate's figures in it. JSON, or CSV with `Accept: text/csv`.
 */
export const GET = async (req: AssociateRequest<unknown, PosAttributionReportQueryType>, res: MedusaResponse) => {
  const { from, to, group_by, format, associate_id } = req.validatedQuery as PosAttributionReportQueryType
  let filters: AttributionReportFilters
  if (req.associate.role === "manager") {
    filters = { store_id: req.actingStore.id, associate_id }
  } else {
    if (associate_id && associate_id !== req.associate.id) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "An associate sees only their own figures")
    }
    filters = { associate_id: req.associate.id }
  }
  const report = await buildAttributionReport(req.scope, { from, to, group_by, filters })
  sendAttributionReport(req, res, report, format)
}
