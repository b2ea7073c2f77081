import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_STORE_CODES, DEMO_WAREHOUSE } from "./constants"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import { LocationIds } from "./seed-locations"
import { planStock } from "./stock-plan"

/**
 * Inventory levels from the stock plan, created in one workflow run. Existing levels are left
 * alone: after the first run, orders and stock moves own the quantities, and a re-run must not
 * undo them.
 */
export async function seedInventory(
  context: DemoSeedContext,
  { locationIds }: { locationIds: LocationIds }
): Promise<void> {
  const { container } = context
  const inventoryService = container.resolve(Modules.INVENTORY)

  const plan = planStock()
  const skus = [...new Set(plan.map((l) => l.sku))]
  // createProductsWorkflow gave each managed variant an inventory item carrying the variant's SKU.
  const items = await inventoryService.listInventoryItems({ sku: skus }, { select: ["id", "sku"], take: null })
  const itemIds = new Map(items.map((i) => [i.sku, i.id]))
  const unknown = skus.filter((sku) => !itemIds.has(sku))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No inventory item for SKU(s) ${unknown.slice(0, 5).join(", ")}: seed the catalog first`)
  }

  const existing = await inventoryService.listInventoryLevels(
    { inventory_item_id: items.map((i) => i.id) },
    { select: ["inventory_item_id", "location_id"], take: null }
  )
  const present = new Set(existing.map((l) => `${l.inventory_item_id}:${l.location_id}`))
  const toCreate = plan
    .map((level) => ({
      inventory_item_id: itemIds.get(level.sku)!,
      location_id: locationIds[level.locationCode],
      stocked_quantity: level.quantity,
    }))
    .filter((level) => !present.has(`${level.inventory_item_id}:${level.location_id}`))

  if (toCreate.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: toCreate } })
  }

  const units = (code: string) =>
    plan.filter((l) => l.locationCode === code).reduce((sum, l) => sum + l.quantity, 0)
  logProgress(
    context,
    "stock",
    `${plan.length} levels at ${DEMO_STORE_CODES.length + 1} locations, planned as ` +
      `${units(DEMO_WAREHOUSE.code)} units at the warehouse and ` +
      `${DEMO_STORE_CODES.reduce((sum, code) => sum + units(code), 0)} in stores (${createdNote(toCreate.length)})`
  )
}
