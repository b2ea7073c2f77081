import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeCreditSummaryOf } from "../../../../../utils/store-credit-summary"
import type { GetStoreCreditParamsType } from "./validators"

/** The signed-in customer's store credit: balance per currency and the latest movements. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetStoreCreditParamsType>, res: MedusaResponse) => {
  const { entries_limit } = req.validatedQuery as GetStoreCreditParamsType
  res.json({ store_credit: await storeCreditSummaryOf(req.scope, req.auth_context.actor_id, entries_limit) })
}
