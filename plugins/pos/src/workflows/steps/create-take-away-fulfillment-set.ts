import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MANUAL_FULFILLMENT_PROVIDER_ID, TAKE_AWAY_FULFILLMENT_SET_TYPE } from "../../constants"

export const createTakeAwayFulfillmentSetStepId = "create-take-away-fulfillment-set"

type Input = { stock_location_id: string; store_code: string }
type Created = { fulfillment_set_id: string; links: LinkDefinition[] } | null

/**
 * The store's counter as Medusa fulfilment: a take-away fulfilment set at the store's stock location, one service
 * zone for the store's country, and the manual provider enabled there. Returns the existing set when the store
 * already has one, so setting a store up twice changes nothing.
 */
export const createTakeAwayFulfillmentSetStep = createStep(
  createTakeAwayFulfillmentSetStepId,
  async ({ stock_location_id, store_code }: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [location] } = await query.graph({
      entity: "stock_location",
      fields: [
        "id",
        "address.country_code",
        "fulfillment_providers.id",
        "fulfillment_sets.id",
        "fulfillment_sets.type",
        "fulfillment_sets.service_zones.id",
      ],
      filters: { id: stock_location_id },
    })
    if (!location) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock location ${stock_location_id}`)
    }
    const country = (location as any).address?.country_code?.toLowerCase()
    if (!country) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Store ${store_code}'s stock location has no address country`)
    }
    const existing = ((location as any).fulfillment_sets ?? []).find((s: any) => s?.type === TAKE_AWAY_FULFILLMENT_SET_TYPE)
    if (existing?.service_zones?.[0]) {
      return new StepResponse({ service_zone_id: existing.service_zones[0].id as string }, null as Created)
    }

    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const set = await fulfillment.createFulfillmentSets({
      name: `${store_code} take-away`,
      type: TAKE_AWAY_FULFILLMENT_SET_TYPE,
      service_zones: [{ name: `${store_code} counter`, geo_zones: [{ type: "country", country_code: country }] }],
    })
    const links: LinkDefinition[] = [
      { [Modules.STOCK_LOCATION]: { stock_location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
    ]
    const hasManualProvider = ((location as any).fulfillment_providers ?? []).some(
      (p: any) => p?.id === MANUAL_FULFILLMENT_PROVIDER_ID
    )
    if (!hasManualProvider) {
      links.push({
        [Modules.STOCK_LOCATION]: { stock_location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
      })
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
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
