import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_FULFILLMENT_SET_TYPE } from "../../constants"

export const findPickupOptionStepId = "find-pickup-option"

export type PickupOption = { id: string; name: string } | null

/** The pickup shipping option at a store's stock location, if the store was set up for click & collect. */
export async function findPickupOption(container: any, stockLocationId: string): Promise<PickupOption> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [location] } = await query.graph({
    entity: "stock_location",
    fields: [
      "id",
      "fulfillment_sets.type",
      "fulfillment_sets.service_zones.shipping_options.id",
      "fulfillment_sets.service_zones.shipping_options.name",
    ],
    filters: { id: stockLocationId },
  })
  const set = ((location as any)?.fulfillment_sets ?? []).find((s: any) => s?.type === PICKUP_FULFILLMENT_SET_TYPE)
  const option = (set?.service_zones ?? []).flatMap((z: any) => z?.shipping_options ?? []).find(Boolean)
  return option ? { id: option.id, name: option.name } : null
}

export const findPickupOptionStep = createStep(
  findPickupOptionStepId,
  async ({ stock_location_id }: { stock_location_id: string }, { container }) =>
    new StepResponse(await findPickupOption(container, stock_location_id))
)
