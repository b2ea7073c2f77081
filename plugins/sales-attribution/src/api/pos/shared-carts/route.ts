import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { SALES_ATTRIBUTION_MODULE } from "../../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../../modules/sales-attribution/service"
import { newSharedCartToken, sharedCartUrl } from "../../../utils/shared-cart-token"
import { createSharedCartWorkflow } from "../../../workflows/create-shared-cart"
import type { PosCreateSharedCartType } from "./validators"

/**
 * Shares a cart built on the tablet with the customer: answers with the link (and the same text for a QR code)
 * that opens it on the web shop. The token is made here and shown only in this answer: the workflow and the
 * database see its SHA-256 only, so it can't be shown again; a lost link means sharing a new cart.
 */
export const POST = async (req: AssociateRequest<PosCreateSharedCartType>, res: MedusaResponse) => {
  const store = req.actingStore
  if (!store.stock_location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Store ${store.code} has no stock location: it sells nothing to share`)
  }
  const { token, token_hash } = newSharedCartToken()
  const { result } = await createSharedCartWorkflow(req.scope).run({
    input: {
      cart_id: req.validatedBody.cart_id,
      store: { id: store.id, stock_location_id: store.stock_location_id },
      associate_id: req.associate.id,
      token_hash,
      at: new Date(),
    },
  })
  const { sharedCartUrl: template } = req.scope.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE).options
  const url = sharedCartUrl(template, token)
  res.status(201).json({
    shared_cart: {
      id: result.shared_cart.id,
      cart_id: result.shared_cart.cart_id,
      expires_at: result.shared_cart.expires_at,
      token,
      url,
      qr_payload: url,
    },
    touchpoint: {
      id: result.touchpoint.id,
      kind: result.touchpoint.kind,
      customer_id: result.touchpoint.customer_id,
      occurred_at: result.touchpoint.occurred_at,
      expires_at: result.touchpoint.expires_at,
    },
  })
}
