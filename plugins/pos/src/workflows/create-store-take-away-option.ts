import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStoreFulfillmentSetStep, MANUAL_FULFILLMENT_PROVIDER_ID } from "@passerelle/medusa-plugin-stores/workflows"
import { TAKE_AWAY_FULFILLMENT_SET_TYPE, TAKE_AWAY_OPTION_TYPE_CODE } from "../constants"
import { findTakeAwayOptionStep } from "./steps/find-take-away-option"
import { resolveStoreRegionStep } from "./steps/resolve-store-region"

export type CreateStoreTakeAwayOptionInput = {
  store: { code: string; stock_location_id: string; sales_channel_id: string }
  shipping_profile_id: string
}

/**
 * Sets a store up to sell over the counter: a free "Take away at <store>" shipping option at the store's stock
 * location, offered in the store's POS channel only. POS checkout puts it on every take-away sale, so Medusa
 * fulfils and reserves at this store. Running it again for a store that has one changes nothing.
 */
export const createStoreTakeAwayOptionWorkflow = createWorkflow(
  "create-store-take-away-option",
  (input: CreateStoreTakeAwayOptionInput) => {
    const existing = findTakeAwayOptionStep({ stock_location_id: input.store.stock_location_id })
    const created = when("take-away-option-missing", { existing }, ({ existing }) => !existing).then(() => {
      const region = resolveStoreRegionStep({ stock_location_id: input.store.stock_location_id })
      const setInput = transform({ input, region }, ({ input, region }) => ({
        stock_location_id: input.store.stock_location_id,
        type: TAKE_AWAY_FULFILLMENT_SET_TYPE,
        name: `${input.store.code} take-away`,
        country_code: region.country_code,
      }))
      const zone = createStoreFulfillmentSetStep(setInput)
      const options = transform({ input, zone, region }, ({ input, zone, region }) => [
        {
          name: `Take away at ${input.store.code}`,
          price_type: "flat" as const,
          provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
          service_zone_id: zone.service_zone_id,
          shipping_profile_id: input.shipping_profile_id,
          type: {
            label: "Take away",
            description: "Paid at the till and handed over at once",
            code: TAKE_AWAY_OPTION_TYPE_CODE,
          },
          prices: [{ currency_code: region.currency_code, amount: 0 }],
          rules: [
            { attribute: "is_return", operator: "eq" as const, value: "false" },
            { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
            // The stores plugin puts the cart's sales channel in the shipping-option context: web carts never see it.
            { attribute: "sales_channel_id", operator: "in" as const, value: [input.store.sales_channel_id] },
          ],
        },
      ])
      return createShippingOptionsWorkflow.runAsStep({ input: options })
    })
    const id = transform({ existing, created }, ({ existing, created }) => existing?.id ?? created?.[0]?.id)
    return new WorkflowResponse({ shipping_option_id: id })
  }
)
