import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { searchForStaff } from "../../utils/staff-search"
import type { PosSearchBodyType } from "./validators"

/** "Have we got it?": a scanned barcode, a SKU or a half-remembered name, searched from the store's tablet. */
export const POST = async (req: AssociateRequest<PosSearchBodyType>, res: MedusaResponse) => {
  res.json(await searchForStaff(req.scope, req.actingStore, req.validatedBody))
}
