import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "../../utils/acting-associate"

/** Who the token belongs to, which stores they work for, and the store this request acts for. */
export const GET = async (req: AssociateRequest, res: MedusaResponse) => {
  res.json({ associate: req.associate, acting_store: req.actingStore })
}
