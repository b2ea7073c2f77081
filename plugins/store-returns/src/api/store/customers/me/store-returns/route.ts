import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RECORDED_STATUS, STORE_RETURN_RECORD_FIELDS, toStoreReturnRecords } from "../../../../utils/store-return-record"
import type { StoreGetMyStoreReturnsParamsType } from "./validators"

/**
 * The signed-in shopper's returns made in a store, newest first: where and when, what went back in what
 * condition, and how they were paid back. The associate and any manager override stay staff-side.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetMyStoreReturnsParamsType>,
  res: MedusaResponse
) => {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id },
  })
  if (!orders.length) {
    return res.json({ store_returns: [], count: 0, limit, offset })
  }

  const { data, metadata } = await query.graph({
    entity: "store_return",
    fields: STORE_RETURN_RECORD_FIELDS,
    filters: { order_id: orders.map((o: { id: string }) => o.id), status: RECORDED_STATUS },
    pagination: { skip: offset, take: limit, order: { completed_at: "DESC", id: "DESC" } },
  })
  const records = await toStoreReturnRecords(req.scope, data as any[])

  res.json({
    store_returns: records.map((record) => ({
      id: record.id,
      order_id: record.order_id,
      order_display_id: record.order_display_id,
      returned_at: record.returned_at,
      store: record.store && { name: record.store.name },
      refund_method: record.refund_method,
      refund_amount: record.refund_amount,
      currency_code: record.currency_code,
      lines: record.lines.map((line) => ({
        id: line.id,
        product_title: line.product_title,
        variant_title: line.variant_title,
        thumbnail: line.thumbnail,
        quantity: line.quantity,
        condition: line.condition,
      })),
    })),
    count: metadata?.count ?? records.length,
    limit,
    offset,
  })
}
