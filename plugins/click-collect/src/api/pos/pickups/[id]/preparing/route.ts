import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { startPickupPreparationWorkflow } from "../../../../../workflows/start-pickup-preparation"
import { loadPickupDetail } from "../../../../utils/pickup-queue"
import type { PosStartPickupPreparationType } from "./validators"

/** The associate starts picking the order: placed → preparing. */
export const POST = async (req: AssociateRequest<PosStartPickupPreparationType>, res: MedusaResponse) => {
  await startPickupPreparationWorkflow(req.scope).run({
    input: { pickup_id: req.params.id, associate_id: req.associate.id },
  })
  res.json({ pickup: await loadPickupDetail(req.scope, req.params.id) })
}
