import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "./acting-associate"
import { loadAssociates } from "./load-associates"

/**
 * After `authenticate("associate", …)`: loads the associate behind the token and refuses a deactivated one,
 * including tokens issued before the deactivation.
 */
export async function resolveAssociate(req: AssociateRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [associate] = await loadAssociates(req.scope, [req.auth_context.actor_id])
  if (!associate) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  if (!associate.is_active) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This associate account is deactivated")
  }
  req.associate = associate
  next()
}
