import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pinLines, pinnedDemand, shortageMessage } from "../../utils/reservation-pinning"
import { readCartPinning, readLocationLabels, readShortages } from "./read-pinning"

export type ValidatePinnedStockInput = { cart_id: string }

/**
 * Refuses a cart whose pinned locations (see utils/reservation-pinning.ts) can't cover it, before anything is
 * written: lines sharing an inventory item are summed, kits count required_quantity, backorder lines are exempt.
 * A cart that already has an order (a retried completion) is not checked again: its stock is reserved already.
 */
export async function validatePinnedStock(container: MedusaContainer, { cart_id }: ValidatePinnedStockInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: placed } = await query.graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id },
  })
  if (placed.length) {
    return
  }
  const { lines, methods } = await readCartPinning(container, cart_id)
  const demand = pinnedDemand(lines, pinLines(lines, methods))
  const shortages = await readShortages(container, demand)
  if (!shortages.length) {
    return
  }
  const label = await readLocationLabels(
    container,
    shortages.map((s) => s.location_id)
  )
  // NOT_ALLOWED: the storefront gets a 400 with this message (CONFLICT would be a 409 with Medusa's generic text).
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortageMessage(shortages, label))
}
