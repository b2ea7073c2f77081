import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { recordTouchpointWorkflow } from "../../../workflows/record-touchpoint"
import type { PosRecordTouchpointType } from "./validators"

/** Records an assisted contact or an appointment for the acting associate and store: 201 with the touchpoint. */
export const POST = async (req: AssociateRequest<PosRecordTouchpointType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result: touchpoint } = await recordTouchpointWorkflow(req.scope).run({
    input: {
      kind: body.kind,
      associate_id: req.associate.id,
      store_id: req.actingStore.id,
      customer_id: body.customer_id,
      contact: body.contact ?? null,
      note: body.note || null,
      occurred_at: body.occurred_at ?? null,
      at: new Date(),
    },
  })
  res.status(201).json({ touchpoint })
}
