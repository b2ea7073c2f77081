import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadAttributionView } from "../../../../utils/attribution-view"

/**
 * An order's credit for the order page's widget: the header (rule, reason, gross, returned, net), every record
 * with its beneficiary's name and reason (superseded ones included, so overrides can be read), and the overrides.
 * `attribution` is null for an order not attributed (yet).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  res.json(await loadAttributionView(req.scope, order.id))
}
