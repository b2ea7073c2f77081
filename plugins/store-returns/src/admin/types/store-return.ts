/** A store return as GET /admin/orders/:id/store-returns answers it (see api/utils/store-return-record.ts). */
export type AdminStoreReturn = {
  id: string
  order_id: string
  return_id: string | null
  returned_at: string
  store: { id: string; code: string; name: string } | null
  associate: { id: string; name: string } | null
  refund_method: "original" | "store_credit" | "cash"
  refund_amount: number
  currency_code: string
  override_reason: string | null
  override_by: { id: string; name: string } | null
  lines: {
    id: string
    product_title: string | null
    variant_title: string | null
    quantity: number
    condition: "resellable" | "damaged"
    return_reason: { id: string; label: string } | null
    note: string | null
  }[]
}

export type AdminOrderStoreReturnsResponse = { store_returns: AdminStoreReturn[] }
