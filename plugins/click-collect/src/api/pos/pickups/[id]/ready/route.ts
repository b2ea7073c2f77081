import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { markPickupReadyWorkflow } from "../../../../../workflows/mark-pickup-ready"
import { loadPickupDetail } from "../../../../utils/pickup-queue"
import type { PosMarkPickupReadyType } from "./validators"

/**
 * The parcel is on the pickup shelf: ready, fulfilled at the store, and the shopper is sent her code. The answer
 * shows the code's hint only: the code is the shopper's proof.
 */
export const POST = async (req: AssociateRequest<PosMarkPickupReadyType>, res: MedusaResponse) => {
  const { result } = await markPickupReadyWorkflow(req.scope).run({
    input: { pickup_id: req.params.id, associate_id: req.associate.id },
  })
  res.json({ pickup: await loadPickupDetail(req.scope, req.params.id), fulfillment_id: result.fulfillment_id })
}
