import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Before Medusa's `/auth/associate/emailpass` login: a deactivated associate gets a clear 403 instead of a token
 * that every /pos route would refuse anyway.
 */
export async function refuseInactiveAssociateLogin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = (req.body as { email?: unknown } | undefined)?.email
  if (typeof email === "string" && email) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "associate",
      fields: ["is_active"],
      filters: { email },
    })
    if (data.length && !data[0].is_active) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "This associate account is deactivated")
    }
  }
  next()
}
