import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { loadPosCartOwnership } from "./load-pos-cart"

/**
 * /pos/carts/:id: the cart must be a POS sale of the store the associate acts for. Another store's cart is
 * refused with 403, a web cart or unknown id with 404; a completed sale can be read, not changed.
 */
export async function requireStoreCart(req: AssociateRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const owner = await loadPosCartOwnership(req.scope, req.params.id)
  if (!owner) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No POS cart ${req.params.id}`)
  }
  if (owner.store_id !== req.actingStore.id) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Cart ${req.params.id} belongs to store ${owner.store_code}, not ${req.actingStore.code}`
    )
  }
  // Paying again for a paid sale replays its receipt under the same Idempotency-Key (the route decides).
  const isCheckout = req.method === "POST" && /\/complete\/?$/.test(req.originalUrl.split("?")[0])
  if (req.method !== "GET" && owner.status === "completed" && !isCheckout) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${req.params.id} is already paid: start a new sale`)
  }
  next()
}
