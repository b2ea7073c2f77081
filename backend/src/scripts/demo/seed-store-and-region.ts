import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  DEMO_COUNTRY_CODES,
  DEMO_CURRENCY_CODE,
  DEMO_REGION_NAME,
  DEMO_STORE_NAME,
  DEMO_VAT_COUNTRIES,
  SYSTEM_PAYMENT_PROVIDER_ID,
  SYSTEM_TAX_PROVIDER_ID,
} from "./constants"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"

export type StoreAndRegion = { storeId: string; regionId: string }

/**
 * Names the store, makes EUR its only currency with tax-inclusive prices, and creates the Europe
 * region (system payment provider, automatic taxes) with one tax region per country at its
 * standard VAT rate.
 */
export async function seedStoreAndRegion(context: DemoSeedContext): Promise<StoreAndRegion> {
  const { container } = context
  const storeService = container.resolve(Modules.STORE)
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)

  // Medusa creates the one store when the app first loads; the demo only dresses it.
  const [store] = await storeService.listStores({}, { take: 1 })
  if (!store) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No store found: start Medusa's loaders (medusa exec does) before seeding")
  }

  let [region] = await regionService.listRegions({ name: DEMO_REGION_NAME })
  let createdRegions = 0
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: DEMO_REGION_NAME,
            currency_code: DEMO_CURRENCY_CODE,
            countries: DEMO_COUNTRY_CODES,
            payment_providers: [SYSTEM_PAYMENT_PROVIDER_ID],
            automatic_taxes: true,
            // Writes the region's price preference, so region-scoped prices are read as VAT-inclusive too.
            is_tax_inclusive: true,
          },
        ],
      },
    })
    region = result[0]
    createdRegions = 1
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: DEMO_STORE_NAME,
        // The workflow turns is_tax_inclusive into the currency's price preference.
        supported_currencies: [
          { currency_code: DEMO_CURRENCY_CODE, is_default: true, is_tax_inclusive: true },
        ],
        default_region_id: region.id,
      },
    },
  })

  // Country-level tax regions only: province ones would have a parent.
  const existingTaxRegions = (await taxService.listTaxRegions({ country_code: DEMO_COUNTRY_CODES })).filter(
    (t) => !t.parent_id
  )
  const taxedCountries = new Set(existingTaxRegions.map((t) => t.country_code.toLowerCase()))
  const missingTaxRegions = DEMO_VAT_COUNTRIES.filter((c) => !taxedCountries.has(c.country_code))
  if (missingTaxRegions.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTaxRegions.map((country) => ({
        country_code: country.country_code,
        provider_id: SYSTEM_TAX_PROVIDER_ID,
        default_tax_rate: {
          name: country.name,
          code: `${country.country_code.toUpperCase()}-VAT-STD`,
          rate: country.rate,
        },
      })),
    })
  }

  logProgress(
    context,
    "store and region",
    `"${DEMO_STORE_NAME}" in ${DEMO_CURRENCY_CODE.toUpperCase()} (tax inclusive), region ${DEMO_REGION_NAME} ` +
      `(${createdNote(createdRegions)}), VAT for ${DEMO_COUNTRY_CODES.join(", ")} ` +
      `(${createdNote(missingTaxRegions.length)})`
  )
  return { storeId: store.id, regionId: region.id }
}
