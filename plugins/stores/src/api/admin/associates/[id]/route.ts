import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateAssociateWorkflow } from "../../../../workflows/update-associate"
import { loadAssociates } from "../../../utils/load-associates"
import type { AdminUpdateAssociateType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [associate] = await loadAssociates(req.scope, [req.params.id])
  if (!associate) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Associate ${req.params.id} was not found`)
  }
  res.json({ associate })
}

/** Updates an associate; `is_active: false` deactivates them (their tokens stop working at once). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateAssociateType>, res: MedusaResponse) => {
  await updateAssociateWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  const [associate] = await loadAssociates(req.scope, [req.params.id])
  res.json({ associate })
}
