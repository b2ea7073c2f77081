import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STORE_RETURNS_MODULE } from "../modules/store-returns"
import type StoreReturnsModuleService from "../modules/store-returns/service"

/**
 * The secret that signs and checks return QR tokens: the plugin's `returnTokenSecret` when set, else the app's
 * `projectConfig.http.jwtSecret`. Both the route that issues a token and the lookup that honours it ask here, so
 * they can never disagree.
 */
export function returnTokenSecretOf(container: MedusaContainer): string {
  const storeReturns = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)
  const configured = storeReturns.options.returnTokenSecret
  if (configured) {
    return configured
  }
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const jwtSecret = config.projectConfig?.http?.jwtSecret
  // Medusa also accepts a key object as JWT secret; a return token is signed with text, so that needs the option.
  if (typeof jwtSecret !== "string" || !jwtSecret) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "Return tokens need a secret: set the store-returns option returnTokenSecret (or a text projectConfig.http.jwtSecret)"
    )
  }
  return jwtSecret
}
