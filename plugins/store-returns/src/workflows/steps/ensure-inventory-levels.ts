import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureInventoryLevelsStepInput = { location_id: string; variant_ids: string[] }

/**
 * Gives the store an (empty) inventory level for every stock-managed item coming back that it never stocked:
 * Medusa's confirmReturnReceiveWorkflow refuses to receive a return at a location without one. Undone by deleting
 * the levels it created, and only those.
 */
export const ensureInventoryLevelsStep = createStep(
  "ensure-return-inventory-levels",
  async (input: EnsureInventoryLevelsStepInput, { container }) => {
    if (!input.variant_ids.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
      filters: { id: input.variant_ids },
    })
    const itemIds = [
      ...new Set(
        (variants as any[])
          .filter((v) => v.manage_inventory)
          .flatMap((v) => (v.inventory_items ?? []).map((i: any) => i.inventory_item_id as string))
      ),
    ]
    if (!itemIds.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: input.location_id })
    const stocked = new Set(existing.map((level) => level.inventory_item_id))
    const missing = itemIds.filter((id) => !stocked.has(id))
    if (!missing.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const created = await inventory.createInventoryLevels(
      missing.map((inventory_item_id) => ({ inventory_item_id, location_id: input.location_id, stocked_quantity: 0 }))
    )
    const ids = created.map((level) => level.id)
    return new StepResponse(ids, ids)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    await container.resolve(Modules.INVENTORY).deleteInventoryLevels(createdIds)
  }
)
