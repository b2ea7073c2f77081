import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  RECORDED_STATUS,
  STORE_RETURN_RECORD_FIELDS,
  toStoreReturnRecords,
} from "../../../../utils/store-return-record"

/**
 * The store returns of an order, newest first, for the order page's widget: which store and associate took what
 * back in what condition, how the shopper was paid back, and the manager's reason when it was out of policy.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }

  const { data } = await query.graph({
    entity: "store_return",
    fields: STORE_RETURN_RECORD_FIELDS,
    filters: { order_id: order.id, status: RECORDED_STATUS },
    pagination: { order: { completed_at: "DESC", id: "DESC" } },
  })
  res.json({ store_returns: await toStoreReturnRecords(req.scope, data as any[]) })
}
