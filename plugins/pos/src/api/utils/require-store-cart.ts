import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { loadPosCartOwnership } from "./load-pos-cart"

/**
 * /pos/carts/:id: the cart must be a POS sale of the store the associate acts for. Another store's cart is
 * refused with 403, a web cart or unknown id with 404; a completed sale can be read, not changed; a parked sale
 * can be read and resumed, nothing else.
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
  const isCheckout = req.method === "POST" && cartAction(req) === "complete"
  if (req.method !== "GET" && owner.status === "completed" && !isCheckout) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${req.params.id} is already paid: start a new sale`)
  }
  if (owner.status === "parked" && req.method !== "GET" && !(req.method === "POST" && cartAction(req) === "resume")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${req.params.id} is parked: resume it first`)
  }
  next()
}

/** What the request does to the cart: the path after /pos/carts/:id ("resume", "line-items/…", "" for the cart). */
function cartAction(req: AssociateRequest) {
  const path = req.originalUrl.split("?")[0]
  const marker = `/${req.params.id}`
  return path.slice(path.indexOf(marker) + marker.length).replace(/^\/+|\/+$/g, "")
}
