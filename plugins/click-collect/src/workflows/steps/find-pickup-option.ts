import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_FULFILLMENT_SET_TYPE, SALES_CHANNEL_RULE_ATTRIBUTE } from "../../constants"

export const findPickupOptionStepId = "find-pickup-option"

export type PickupOption = {
  id: string
  name: string
  /** Its `sales_channel_id` rule (an option made before pickup was web-only has none). */
  channel_rule: { id: string; sales_channel_ids: string[] } | null
} | null

type RuleRow = { id: string; attribute: string; value: unknown } | null

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
      "fulfillment_sets.service_zones.shipping_options.rules.id",
      "fulfillment_sets.service_zones.shipping_options.rules.attribute",
      "fulfillment_sets.service_zones.shipping_options.rules.value",
    ],
    filters: { id: stockLocationId },
  })
  const set = ((location as any)?.fulfillment_sets ?? []).find((s: any) => s?.type === PICKUP_FULFILLMENT_SET_TYPE)
  const option = (set?.service_zones ?? []).flatMap((z: any) => z?.shipping_options ?? []).find(Boolean)
  if (!option) {
    return null
  }
  const rule = ((option.rules ?? []) as RuleRow[]).find((r) => r?.attribute === SALES_CHANNEL_RULE_ATTRIBUTE)
  return {
    id: option.id,
    name: option.name,
    channel_rule: rule
      ? { id: rule.id, sales_channel_ids: (Array.isArray(rule.value) ? rule.value : [rule.value]).map(String).sort() }
      : null,
  }
}

export const findPickupOptionStep = createStep(
  findPickupOptionStepId,
  async ({ stock_location_id }: { stock_location_id: string }, { container }) =>
    new StepResponse(await findPickupOption(container, stock_location_id))
)
