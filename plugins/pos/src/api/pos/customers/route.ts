import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { customerSearchFilters } from "./search-filters"
import type { PosSearchCustomersParamsType } from "./validators"

/** What a search result shows: enough to tell two Camille Durands apart and pick one at the till. */
const LIST_FIELDS = ["id", "first_name", "last_name", "email", "phone", "has_account"]

/** Finds customers by name, email or phone (`q`, required), by last then first name. */
export const GET = async (req: AssociateRequest<unknown, PosSearchCustomersParamsType>, res: MedusaResponse) => {
  const { q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers, metadata } = await query.graph({
    entity: "customer",
    fields: LIST_FIELDS,
    filters: customerSearchFilters(q),
    pagination: { skip: offset, take: limit, order: { last_name: "ASC", first_name: "ASC", id: "ASC" } },
  })
  res.json({ customers, count: metadata?.count ?? customers.length, limit, offset })
}
