import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TAKE_AWAY_FULFILLMENT_SET_TYPE } from "../../constants"

export const findTakeAwayOptionStepId = "find-take-away-option"

export type TakeAwayOption = {
  id: string
  name: string
  /** The store's address: a take-away sale's shipping address is the counter it left from. */
  address: Record<string, string | null>
} | null

/** The take-away shipping option at a store's stock location, if the store was set up to sell over the counter. */
export async function findTakeAwayOption(container: any, stockLocationId: string): Promise<TakeAwayOption> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [location] } = await query.graph({
    entity: "stock_location",
    fields: [
      "id",
      "name",
      "address.address_1",
      "address.address_2",
      "address.city",
      "address.postal_code",
      "address.province",
      "address.country_code",
      "address.phone",
      "fulfillment_sets.type",
      "fulfillment_sets.service_zones.shipping_options.id",
      "fulfillment_sets.service_zones.shipping_options.name",
    ],
    filters: { id: stockLocationId },
  })
  const set = ((location as any)?.fulfillment_sets ?? []).find((s: any) => s?.type === TAKE_AWAY_FULFILLMENT_SET_TYPE)
  const option = (set?.service_zones ?? []).flatMap((z: any) => z?.shipping_options ?? []).find(Boolean)
  if (!option) {
    return null
  }
  const address = (location as any).address ?? {}
  return {
    id: option.id,
    name: option.name,
    address: {
      company: location.name,
      address_1: address.address_1 ?? null,
      address_2: address.address_2 ?? null,
      city: address.city ?? null,
      postal_code: address.postal_code ?? null,
      province: address.province ?? null,
      country_code: address.country_code?.toLowerCase() ?? null,
      phone: address.phone ?? null,
    },
  }
}

export const findTakeAwayOptionStep = createStep(
  findTakeAwayOptionStepId,
  async ({ stock_location_id }: { stock_location_id: string }, { container }) =>
    new StepResponse(await findTakeAwayOption(container, stock_location_id))
)
