import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createStoreFulfillmentSetStepId = "create-store-fulfillment-set"

/** Medusa's manual fulfilment provider, which hands goods over without a carrier. */
export const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"

export type CreateStoreFulfillmentSetInput = {
  stock_location_id: string
  /** The fulfilment set's type, one set of each type per store: `take-away` (POS), `pickup` (click & collect). */
  type: string
  /** "PAR-01 pickup"; its service zone is named "<name> zone". */
  name: string
  country_code: string
}

type Created = { fulfillment_set_id: string; links: LinkDefinition[] } | null

/**
 * A way for a store to hand goods over, as Medusa fulfilment: a fulfilment set of the given type at the store's
 * stock location, one service zone for the store's country, and the manual provider enabled there. Returns the
 * existing zone when the store has a set of that type, so setting a store up twice changes nothing. Undone by
 * dismissing the links it made and deleting the set (its zone goes with it).
 */
export const createStoreFulfillmentSetStep = createStep(
  createStoreFulfillmentSetStepId,
  async ({ stock_location_id, type, name, country_code }: CreateStoreFulfillmentSetInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [location] } = await query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_providers.id", "fulfillment_sets.type", "fulfillment_sets.service_zones.id"],
      filters: { id: stock_location_id },
    })
    const existing = ((location as any)?.fulfillment_sets ?? []).find((s: any) => s?.type === type)
    if (existing?.service_zones?.[0]) {
      return new StepResponse({ service_zone_id: existing.service_zones[0].id as string }, null as Created)
    }

    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const set = await fulfillment.createFulfillmentSets({
      name,
      type,
      service_zones: [{ name: `${name} zone`, geo_zones: [{ type: "country", country_code: country_code.toLowerCase() }] }],
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
