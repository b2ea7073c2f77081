import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DemoLog, DemoSeedContext } from "./demo/seed-context"
import { seedCatalog } from "./demo/seed-catalog"
import { seedFulfillment } from "./demo/seed-fulfillment"
import { seedHistory } from "./demo/seed-history"
import { seedInventory } from "./demo/seed-inventory"
import { seedLocations } from "./demo/seed-locations"
import { seedOrders } from "./demo/seed-orders"
import { seedPeople } from "./demo/seed-people"
import { seedPricing } from "./demo/seed-pricing"
import { seedSalesChannels } from "./demo/seed-sales-channels"
import { prepareSearchIndex, seedSearchIndex } from "./demo/seed-search-index"
import { seedStoreAndRegion } from "./demo/seed-store-and-region"
import { seedStoreNetwork } from "./demo/seed-store-network"

export type RunDemoSeedOptions = {
  /** Where progress lines go; defaults to the container's logger at info level. */
  log?: DemoLog
}

/**
 * Seeds the "Maison Aurore" omnichannel demo into the app behind `container`, only through
 * Medusa's workflows. Idempotent: every record is found again by its natural key (name, handle,
 * code, email, SKU) before anything is created, so running it twice adds nothing.
 * Integration tests call it with the test runner's app container.
 */
export async function runDemoSeed(
  container: MedusaContainer,
  { log }: RunDemoSeedOptions = {}
): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const context: DemoSeedContext = { container, log: log ?? ((line) => logger.info(line)) }
  const started = Date.now()

  await prepareSearchIndex(context)
  const { storeId, regionId } = await seedStoreAndRegion(context)
  const channels = await seedSalesChannels(context)
  const locationIds = await seedLocations(context, { storeId, channels })
  await seedStoreNetwork(context, { locationIds, channels })
  const fulfillment = await seedFulfillment(context, { locationIds, posChannelId: channels.posId })
  const catalog = await seedCatalog(context, {
    channels,
    shippingProfileId: fulfillment.shippingProfileId,
  })
  await seedInventory(context, { locationIds })
  await seedPricing(context, { channels, catalog })
  const customerIds = await seedPeople(context)
  await seedOrders(context, { regionId, channels, locationIds, fulfillment, catalog, customerIds })
  await seedHistory(context, { regionId, channels, locationIds, fulfillment, catalog, customerIds })
  await seedSearchIndex(context)

  context.log(`[demo] done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

export default async function seedDemo({ container }: ExecArgs): Promise<void> {
  await runDemoSeed(container)
}
