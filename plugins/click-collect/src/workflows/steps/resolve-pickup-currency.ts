import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolvePickupCurrencyStepId = "resolve-pickup-currency"

/** The currency a store sells in: that of the region covering its country (the free option is priced in it). */
export const resolvePickupCurrencyStep = createStep(
  resolvePickupCurrencyStepId,
  async ({ country_code, store_code }: { country_code: string; store_code: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
    const region = regions.find((r: any) => (r.countries ?? []).some((c: any) => c?.iso_2 === country_code))
    if (!region) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No region sells in ${country_code.toUpperCase()}, store ${store_code}'s country`
      )
    }
    return new StepResponse({ currency_code: region.currency_code as string })
  }
)
