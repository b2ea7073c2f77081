import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { loadPickupDetail } from "../../../utils/pickup-queue"

/** One of the store's pickups with its timeline (the store guard in middlewares.ts already checked whose it is). */
export const GET = async (req: AssociateRequest, res: MedusaResponse) => {
  res.json({ pickup: await loadPickupDetail(req.scope, req.params.id) })
}
