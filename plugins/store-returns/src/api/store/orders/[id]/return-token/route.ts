import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_RETURNS_MODULE } from "../../../../../modules/store-returns"
import type StoreReturnsModuleService from "../../../../../modules/store-returns/service"
import { signReturnToken } from "../../../../../utils/return-token"
import { returnTokenSecretOf } from "../../../../../utils/return-token-secret"

/**
 * A signed, expiring return code for one of the signed-in shopper's orders, for the storefront to show as a QR
 * code: the tablet's scanner types it into the order lookup. Someone else's order is a 404, as if it didn't exist.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }

  const { returnTokenTtlHours } = req.scope.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE).options
  // Whole seconds: the token carries its expiry in seconds, and the answer must say the same instant.
  const expiresAt = new Date(Math.floor(Date.now() / 1000) * 1000 + returnTokenTtlHours * 3600 * 1000)
  const token = signReturnToken({ order_id: order.id, expires_at: expiresAt }, returnTokenSecretOf(req.scope))

  res.json({ token, expires_at: expiresAt.toISOString(), qr_payload: token })
}
