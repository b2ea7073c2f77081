import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MANUAL_FULFILLMENT_PROVIDER_ID, PICKUP_FULFILLMENT_SET_TYPE } from "../../constants"

export const createPickupFulfillmentSetStepId = "create-pickup-fulfillment-set"

type Input = { stock_location_id: string; store_code: string; country_code: string }
type Created = { fulfillment_set_id: string; links: LinkDefinition[] } | null

/**
 * The store's pickup counter as Medusa fulfilment: a fulfilment set of type `pickup` at the store's stock
 * location, one service zone for the store's country, and the manual provider enabled there. Returns the
 * existing zone when the store has one, so setting a store up twice changes nothing. Undone by dismissing the
 * links it made and deleting the set (its zone goes with it).
 */
export const createPickupFulfillmentSetStep = createStep(
  createPickupFulfillmentSetStepId,
  async ({ stock_location_id, store_code, country_code }: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [location] } = await query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_providers.id", "fulfillment_sets.type", "fulfillment_sets.service_zones.id"],
      filters: { id: stock_location_id },
    })
    const existing = ((location as any)?.fulfillment_sets ?? []).find((s: any) => s?.type === PICKUP_FULFILLMENT_SET_TYPE)
    if (existing?.service_zones?.[0]) {
      return new StepResponse({ service_zone_id: existing.service_zones[0].id as string }, null as Created)
    }

    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const set = await fulfillment.createFulfillmentSets({
      name: `${store_code} pickup`,
      type: PICKUP_FULFILLMENT_SET_TYPE,
      service_zones: [{ name: `${store_code} pickup counter`, geo_zones: [{ type: "country", country_code }] }],
    })
    const links: LinkDefinition[] = [
      { [Modules.STOCK_LOCATION]: { stock_location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
    ]
    const hasManualProvider = ((location as any)?.fulfillment_providers ?? []).some(
      (p: any) => p?.id === MANUAL_FULFILLMENT_PROVIDER_ID
    )
    if (!hasManualProvider) {
      links.push({
        [Modules.STOCK_LOCATION]: { stock_location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
      })
    }
    try {
      await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    } catch (error) {
      // A step that throws isn't compensated: take back the set made above before failing.
      await fulfillment.deleteFulfillmentSets([set.id])
      throw error
    }
    return new StepResponse({ service_zone_id: set.service_zones[0].id }, { fulfillment_set_id: set.id, links } as Created)
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets([created.fulfillment_set_id])
  }
)
