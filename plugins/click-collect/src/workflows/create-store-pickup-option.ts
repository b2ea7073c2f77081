import { batchShippingOptionRulesWorkflow, createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStoreFulfillmentSetStep, MANUAL_FULFILLMENT_PROVIDER_ID } from "@passerelle/medusa-plugin-stores/workflows"
import { PICKUP_FULFILLMENT_SET_TYPE, PICKUP_OPTION_TYPE_CODE, SALES_CHANNEL_RULE_ATTRIBUTE } from "../constants"
import { findPickupOptionStep, PickupOption } from "./steps/find-pickup-option"
import { resolvePickupCurrencyStep } from "./steps/resolve-pickup-currency"
import { resolvePickupSalesChannelsStep } from "./steps/resolve-pickup-sales-channels"
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
  /** An option the store had was offered in other channels than its web ones: its channel rule was set to them. */
  channels_updated: boolean
}

/** Whether an existing option's channel rule already names exactly the store's web channels (both sorted). */
const offeredIn = (option: PickupOption, channelIds: string[] | undefined) => {
  const current = option?.channel_rule?.sales_channel_ids
  return !!current && !!channelIds && current.length === channelIds.length && current.every((id, i) => id === channelIds[i])
}

/**
 * Sets a store up for click & collect with Medusa's own fulfilment: a fulfilment set of type `pickup` at the
 * store's stock location, a service zone for its country, the manual provider, and a free "Pick up in store"
 * option that web shoppers pick among the cart's shipping options. The option carries a `sales_channel_id` rule
 * naming the store's web channels, so a POS cart never lists it. A store with `offers_pickup: false` is skipped; a
 * store that has its option keeps it, and only its channel rule is brought up to date if the web channels changed
 * (running it again changes nothing).
 */
export const createStorePickupOptionWorkflow = createWorkflow(
  "create-store-pickup-option",
  (input: CreateStorePickupOptionInput) => {
    const store = resolvePickupStoreStep({ store_profile_id: input.store_profile_id })
    const existing = findPickupOptionStep({ stock_location_id: store.stock_location_id })
    const channels = when("store-offers-pickup", { store }, ({ store }) => store.offers_pickup).then(() =>
      resolvePickupSalesChannelsStep({ stock_location_id: store.stock_location_id, store_code: store.code })
    )
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
      const options = transform(
        { input, store, zone, currency_code, channels },
        ({ input, store, zone, currency_code, channels }) => [
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
              // Web shoppers order for pickup; the till sells from the shelf (its own take-away option).
              { attribute: SALES_CHANNEL_RULE_ATTRIBUTE, operator: "in" as const, value: channels!.sales_channel_ids },
            ],
          },
        ]
      )
      return createShippingOptionsWorkflow.runAsStep({ input: options })
    })
    // An option made before pickup was web-only, or before the store's location joined another web shop.
    const updated = when("pickup-option-channels-stale", { store, existing, channels }, ({ store, existing, channels }) =>
      store.offers_pickup && !!existing && !offeredIn(existing, channels?.sales_channel_ids)
    ).then(() => {
      const rules = transform({ existing, channels }, ({ existing, channels }) => {
        const rule = { attribute: SALES_CHANNEL_RULE_ATTRIBUTE, operator: "in" as const, value: channels!.sales_channel_ids }
        return existing!.channel_rule
          ? { update: [{ id: existing!.channel_rule.id, ...rule }] }
          : { create: [{ shipping_option_id: existing!.id, ...rule }] }
      })
      return batchShippingOptionRulesWorkflow.runAsStep({ input: rules })
    })
    const result = transform(
      { existing, created, updated },
      ({ existing, created, updated }): CreateStorePickupOptionOutput => ({
        shipping_option_id: existing?.id ?? created?.[0]?.id ?? null,
        created: !existing && !!created?.[0],
        channels_updated: !!updated,
      })
    )
    return new WorkflowResponse(result)
  }
)
