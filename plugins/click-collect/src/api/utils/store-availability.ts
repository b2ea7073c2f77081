import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CLICK_COLLECT_MODULE } from "../../modules/click-collect"
import type ClickCollectModuleService from "../../modules/click-collect/service"
import { Availability, buildAvailability, Point } from "../../utils/availability"
import { productSoldIn, readAvailabilityRows, VariantSelector } from "./availability-queries"

export type StoreAvailabilityRequest = {
  selector: VariantSelector
  /** The publishable key's sales channels: their stock locations are the stores and warehouses counted. */
  salesChannelIds: string[]
  from?: Point
  at: Date
}

/**
 * Live availability for the web shop: one indexed read (the channels' locations and the variants' levels), then
 * plain arithmetic. A variant or product the channel doesn't sell is a 404 naming it.
 */
export async function readStoreAvailability(
  scope: MedusaContainer,
  { selector, salesChannelIds, from, at }: StoreAvailabilityRequest
): Promise<Availability> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { options } = scope.resolve<ClickCollectModuleService>(CLICK_COLLECT_MODULE)
  const rows = await readAvailabilityRows(pg, selector, salesChannelIds, at)

  if ("variantIds" in selector) {
    const found = new Set(rows.variants.map((variant) => variant.id))
    const missing = selector.variantIds.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        missing.length === 1
          ? `Variant ${missing[0]} was not found in this sales channel`
          : `Variants ${missing.join(", ")} were not found in this sales channel`
      )
    }
    // Answer in the order asked.
    const order = new Map(selector.variantIds.map((id, index) => [id, index]))
    rows.variants.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
  } else if (!rows.variants.length && !(await productSoldIn(pg, selector.productId, salesChannelIds))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${selector.productId} was not found in this sales channel`)
  }

  return buildAvailability({
    ...rows,
    safetyBuffer: options.safetyBuffer,
    sameDayCutoffMinutes: options.sameDayCutoffMinutes,
    at,
    from,
  })
}
