import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveStoreRegionStepId = "resolve-store-region"

/** The region (and so the currency and taxes) a store sells in: the one covering its stock location's country. */
export const resolveStoreRegionStep = createStep(
  resolveStoreRegionStepId,
  async ({ stock_location_id }: { stock_location_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [location] } = await query.graph({
      entity: "stock_location",
      fields: ["id", "name", "address.country_code"],
      filters: { id: stock_location_id },
    })
    const country = (location as any)?.address?.country_code?.toLowerCase()
    if (!country) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The store's stock location ${location?.name ?? stock_location_id} has no address country: set one to sell there`
      )
    }
    const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
    const region = regions.find((r: any) => (r.countries ?? []).some((c: any) => c?.iso_2 === country))
    if (!region) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `No region sells in ${country.toUpperCase()}, the store's country`)
    }
    return new StepResponse({
      id: region.id as string,
      currency_code: region.currency_code as string,
      /** The store's own country, within the region. */
      country_code: country as string,
    })
  }
)
