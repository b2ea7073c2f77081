import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { loadOrderStore } from "./pos-receipt"

/** /pos/orders/:id: only a sale of the acting store. Another store's order is refused with 403, unknown with 404. */
export async function requireStoreOrder(req: AssociateRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const order = await loadOrderStore(req.scope, req.params.id)
  if (!order || !order.is_pos_sale) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No POS sale ${req.params.id}`)
  }
  if (order.store?.id !== req.actingStore.id) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Sale ${req.params.id} was made at ${order.store?.code ?? "another store"}, not ${req.actingStore.code}`
    )
  }
  next()
}
