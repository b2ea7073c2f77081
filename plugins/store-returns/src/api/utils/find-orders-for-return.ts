import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_RETURNS_MODULE } from "../../modules/store-returns"
import type StoreReturnsModuleService from "../../modules/store-returns/service"
import { readReturnableOrders, orderIdsByPhone, ReturnableOrder } from "../../utils/returnable-orders"
import { verifyReturnToken } from "../../utils/return-token"

export type OrderLookup = { display_id?: number; email?: string; phone?: string; token?: string; limit: number }

/** The secret return tokens are signed with: the plugin's own, else the app's JWT secret. */
export function returnTokenSecretOf(container: MedusaContainer): string {
  const service = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)
  if (service.options.returnTokenSecret) {
    return service.options.returnTokenSecret
  }
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const secret = config.projectConfig.http.jwtSecret
  if (typeof secret !== "string" || !secret) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "No secret to check return codes with: set returnTokenSecret")
  }
  return secret
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * Orders matching one lookup key, filtered in the database and capped at `limit`: by number, by email (any case),
 * by phone (address or customer), or by a shopper's return token (checked first: a bad or expired one is a 400
 * saying why).
 */
export async function findOrdersForReturn(container: MedusaContainer, lookup: OrderLookup): Promise<ReturnableOrder[]> {
  const given = [lookup.display_id, lookup.email, lookup.phone, lookup.token].filter((v) => v !== undefined)
  if (given.length !== 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Look an order up by exactly one of display_id, email, phone or token"
    )
  }
  const policy = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE).options
  const read = (filters: Record<string, unknown>) => readReturnableOrders(container, filters, policy, { limit: lookup.limit })

  if (lookup.token !== undefined) {
    const check = verifyReturnToken(lookup.token, returnTokenSecretOf(container))
    if (!check.valid) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, check.reason)
    }
    return read({ id: check.claims.order_id })
  }
  if (lookup.display_id !== undefined) {
    return read({ display_id: lookup.display_id })
  }
  if (lookup.email !== undefined) {
    return read({ email: { $ilike: escapeLike(lookup.email) } })
  }
  const ids = await orderIdsByPhone(container, lookup.phone!, lookup.limit)
  return ids.length ? read({ id: ids }) : []
}
