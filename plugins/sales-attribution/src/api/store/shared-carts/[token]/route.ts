import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadSharedCart } from "../../../../utils/load-shared-cart"
import { assessSharedCart } from "../../../../utils/shared-cart-claim"
import { hashSharedCartToken } from "../../../../utils/shared-cart-token"
import { sharedCartPreview } from "../../../utils/shared-cart-preview"

/**
 * Opens a shared-cart link: who shared it, the lines and the total, and whether it is taken over already (by the
 * signed-in customer or someone else). An unknown link is a 404; an expired one, a cart paid for since or being
 * rung up in store a 400, with the words the storefront can show. The cart's id is not revealed.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const shared = await loadSharedCart(req.scope, { token_hash: hashSharedCartToken(req.params.token) })
  const standing = assessSharedCart(shared, { customerId: req.auth_context?.actor_id, at: new Date() })
  res.json(await sharedCartPreview(req.scope, shared!, standing))
}
