import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { findOrdersForReturn } from "../../../utils/find-orders-for-return"
import type { PosOrderLookupParamsType } from "./validators"

/**
 * Finds orders from every channel (web, click & collect, POS) for the counter, newest first, with each line's
 * figures and whether it can come back. Any associate of any store may look any order up: returns are taken
 * anywhere.
 */
export const GET = async (req: AssociateRequest<unknown, PosOrderLookupParamsType>, res: MedusaResponse) => {
  const orders = await findOrdersForReturn(req.scope, req.validatedQuery)
  res.json({ orders, count: orders.length })
}
