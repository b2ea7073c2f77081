import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ExchangeNewItemInput = { variant_id: string; quantity: number }

export type ValidateExchangeStockStepInput = {
  /** The acting store's stock location: the new item leaves its shelf. */
  location_id: string
  store_code: string
  items: ExchangeNewItemInput[]
}

/** What to reserve at the store for each new variant once Medusa has made its order line. */
export type ExchangeStockNeed = {
  variant_id: string
  quantity: number
  inventory: { inventory_item_id: string; quantity: number }[]
}

const describe = (variant: any) =>
  [variant.product?.title, variant.title && `(${variant.title}${variant.sku ? `, SKU ${variant.sku}` : ""})`]
    .filter(Boolean)
    .join(" ")

/**
 * Checks, before anything is written, that every variant handed over in an exchange is on this store's shelf:
 * stocked minus already reserved covers what is taken, for each inventory item of the variant. Refuses naming the
 * item and what the store has. Variants whose inventory isn't managed always pass. Reads only.
 */
export const validateExchangeStockStep = createStep(
  "validate-exchange-stock",
  async (input: ValidateExchangeStockStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const variantIds = [...new Set(input.items.map((item) => item.variant_id))]
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "sku",
        "manage_inventory",
        "product.title",
        "inventory_items.inventory_item_id",
        "inventory_items.required_quantity",
      ],
      filters: { id: variantIds },
    })
    const byId = new Map((variants as any[]).map((v) => [v.id as string, v]))
    const unknown = variantIds.filter((id) => !byId.has(id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${unknown.join(", ")} was not found`)
    }

    const needs: ExchangeStockNeed[] = input.items.map((item) => {
      const variant = byId.get(item.variant_id)
      return {
        variant_id: item.variant_id,
        quantity: item.quantity,
        inventory: variant.manage_inventory
          ? (variant.inventory_items ?? []).map((link: any) => ({
              inventory_item_id: link.inventory_item_id as string,
              quantity: Number(link.required_quantity ?? 1) * item.quantity,
            }))
          : [],
      }
    })
    // The same variant twice in one exchange takes from the same shelf: add the quantities up.
    const wanted = new Map<string, number>()
    for (const need of needs) {
      for (const inv of need.inventory) {
        wanted.set(inv.inventory_item_id, (wanted.get(inv.inventory_item_id) ?? 0) + inv.quantity)
      }
    }
    if (wanted.size) {
      const levels = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: [...wanted.keys()], location_id: input.location_id })
      const available = new Map(
        levels.map((l) => [l.inventory_item_id, Number(l.stocked_quantity) - Number(l.reserved_quantity)])
      )
      for (const need of needs) {
        const short = need.inventory.find((inv) => (available.get(inv.inventory_item_id) ?? 0) < wanted.get(inv.inventory_item_id)!)
        if (short) {
          const has = Math.max(0, available.get(short.inventory_item_id) ?? 0)
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `${describe(byId.get(need.variant_id))} is not in stock at ${input.store_code}: ${has} available, ${wanted.get(short.inventory_item_id)} needed`
          )
        }
      }
    }
    return new StepResponse(needs)
  }
)
