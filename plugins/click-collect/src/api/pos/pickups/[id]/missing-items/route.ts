import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { reportMissingPickupItemWorkflow } from "../../../../../workflows/report-missing-pickup-item"
import type { PosReportMissingItemType } from "./validators"

/**
 * The store can't find an item of the order: the order is edited (or canceled when nothing is left) and the
 * shopper refunded. Answers what was done.
 */
export const POST = async (req: AssociateRequest<PosReportMissingItemType>, res: MedusaResponse) => {
  const { result } = await reportMissingPickupItemWorkflow(req.scope).run({
    input: { pickup_id: req.params.id, ...req.validatedBody, actor_id: req.associate.id },
  })
  res.json({ missing_item: result })
}
