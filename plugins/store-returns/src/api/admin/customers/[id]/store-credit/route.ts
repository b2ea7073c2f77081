import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { GetStoreCreditParamsType } from "../../../../store/customers/me/store-credit/validators"
import { storeCreditSummaryOf } from "../../../../../utils/store-credit-summary"

/** A customer's store credit, for admins: balance per currency and the latest movements. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetStoreCreditParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: req.params.id } })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${req.params.id} was not found`)
  }
  const { entries_limit } = req.validatedQuery as GetStoreCreditParamsType
  res.json({ store_credit: await storeCreditSummaryOf(req.scope, req.params.id, entries_limit) })
}
