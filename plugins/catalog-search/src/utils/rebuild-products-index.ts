import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCTS_INDEX } from "../constants"

type Outcome = { rebuilt: boolean; reason?: string }

async function productsIndexStatus(container: MedusaContainer): Promise<{ status?: string; reason?: string }> {
  const searchModule = container.resolve(Modules.SEARCH, { allowUnregistered: true })
  if (!searchModule) {
    return { reason: "the Search module is not registered" }
  }
  const index = (await searchModule.listIndexes()).find((candidate) => candidate.name === PRODUCTS_INDEX)
  return index ? { status: index.status } : { reason: `no "${PRODUCTS_INDEX}" index (the catalog-search plugin is not loaded)` }
}

/**
 * Rebuilds the products index from the catalog and waits for it (the Search module's `reindex` runs the whole
 * rebuild before it returns). For scripts that load data in bulk with live indexing off; the answer says why
 * nothing was done when the Search module or the index isn't there.
 */
export async function rebuildProductsIndex(container: MedusaContainer): Promise<Outcome> {
  const { status, reason } = await productsIndexStatus(container)
  if (!status) {
    return { rebuilt: false, reason }
  }
  await container.resolve(Modules.SEARCH).reindex({ index: PRODUCTS_INDEX })
  return { rebuilt: true }
}

/**
 * Builds the products index if it has never been (a database just migrated: the server builds it at its first
 * start, but a script running before that would meet an index with no version to write to, and every event would
 * fail). Cheap then, since the catalog is still empty; nothing to do afterwards.
 */
export async function ensureProductsIndexBuilt(container: MedusaContainer): Promise<Outcome> {
  const { status, reason } = await productsIndexStatus(container)
  if (!status) {
    return { rebuilt: false, reason }
  }
  if (status === "ready") {
    return { rebuilt: false, reason: "already built" }
  }
  await container.resolve(Modules.SEARCH).reindex({ index: PRODUCTS_INDEX })
  return { rebuilt: true }
}
