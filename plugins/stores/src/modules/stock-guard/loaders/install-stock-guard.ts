import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { installStockGuard } from "../install"

/**
 * Makes sure the guard is on Medusa's inventory tables at start-up. The migration installs it too, but module
 * migrations may run in any order (`db:migrate --concurrency`), so on a fresh database the inventory tables may
 * not exist yet when ours runs; this catches up, and upgrades an older version of the guard.
 */
export default async function installStockGuardLoader({ container }: LoaderOptions) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const installed = await installStockGuard(pg)
  if (!installed) {
    logger.warn("Stock guard: Medusa's inventory tables don't exist yet; run the migrations, then restart.")
  }
}
