import { ensureProductsIndexBuilt, rebuildProductsIndex } from "@passerelle/medusa-plugin-catalog-search/utils/rebuild-products-index"
import { type DemoSeedContext, logProgress } from "./seed-context"

/**
 * Before the seed: the products index built (empty) if the database was just migrated, so the seed's events have a
 * version to write to. `npm start` seeds with live indexing off (CATALOG_SEARCH_LIVE_INDEXING=false).
 */
export async function prepareSearchIndex(context: DemoSeedContext): Promise<void> {
  await ensureProductsIndexBuilt(context.container)
}

/** After the seed: the products index rebuilt once from the seeded catalog and its stock. */
export async function seedSearchIndex(context: DemoSeedContext): Promise<void> {
  const started = Date.now()
  const { rebuilt, reason } = await rebuildProductsIndex(context.container)
  logProgress(context, "search index", rebuilt ? `products rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s` : `skipped: ${reason}`)
}
