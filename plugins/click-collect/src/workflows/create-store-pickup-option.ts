import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStoreFulfillmentSetStep, MANUAL_FULFILLMENT_PROVIDER_ID } from "@passerelle/medusa-plugin-stores/workflows"
import { PICKUP_FULFILLMENT_SET_TYPE, PICKUP_OPTION_TYPE_CODE } from "../constants"
import { findPickupOptionStep } from "./steps/find-pickup-option"
import { resolvePickupCurrencyStep } from "./steps/resolve-pickup-currency"
import { resolvePickupStoreStep } from "./steps/resolve-pickup-store"

export type CreateStorePickupOptionInput = {
  store_profile_id: string
  /** The shipping profile the option serves: the default one, so every product can be collected. */
  shipping_profile_id: string
}

export type CreateStorePickupOptionOutput = {
  /** The store's pickup option, found or created; null when the store doesn't offer pickup. */
  shipping_option_id: string | null
  created: boolean
}

/**
 * Sets a store up for click & collect with Medusa's own fulfilment: a fulfilment set of type `pickup` at the
 * store's stock location, a service zone for its country, the manual provider, and a free "Pick up in store"
 * option that shoppers pick among the cart's shipping options. A store with `offers_pickup: false` is skipped;
 * a store that has its option keeps it (running it again changes nothing).
 */
export const createStorePickupOptionWorkflow = createWorkflow(
  "create-store-pickup-option",
  (input: CreateStorePickupOptionInput) => {
    const store = resolvePickupStoreStep({ store_profile_id: input.store_profile_id })
    const existing = findPickupOptionStep({ stock_location_id: store.stock_location_id })
    const created = when("pickup-option-missing", { store, existing }, ({ store, existing }) =>
      store.offers_pickup && !existing
    ).then(() => {
      const { currency_code } = resolvePickupCurrencyStep({
        country_code: store.country_code,
        store_code: store.code,
      })
      const setInput = transform({ store }, ({ store }) => ({
        stock_location_id: store.stock_location_id,
        type: PICKUP_FULFILLMENT_SET_TYPE,
        name: `${store.code} pickup`,
        country_code: store.country_code,
      }))
      const zone = createStoreFulfillmentSetStep(setInput)
      const options = transform({ input, store, zone, currency_code }, ({ input, store, zone, currency_code }) => [
        {
          name: `Pick up in store: ${store.name}`,
          price_type: "flat" as const,
          provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
          service_zone_id: zone.service_zone_id,
          shipping_profile_id: input.shipping_profile_id,
          type: {
            label: "Pick up in store",
            description: `Free, ready to collect at ${store.name}`,
            code: PICKUP_OPTION_TYPE_CODE,
          },
          prices: [{ currency_code, amount: 0 }],
          rules: [
            { attribute: "is_return", operator: "eq" as const, value: "false" },
            { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
          ],
        },
      ])
      return createShippingOptionsWorkflow.runAsStep({ input: options })
    })
    const result = transform({ existing, created }, ({ existing, created }): CreateStorePickupOptionOutput => ({
      shipping_option_id: existing?.id ?? created?.[0]?.id ?? null,
      created: !existing && !!created?.[0],
    }))
    return new WorkflowResponse(result)
  }
)
