import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setCustomerFavouriteStoreStep } from "./steps/customer-set-favourite-store"
import { CustomerSizes, upsertCustomerPreferenceStep } from "./steps/customer-upsert-preference"
import { validateCustomerReferencesStep } from "./steps/customer-validate-references"

export type SetCustomerPreferencesWorkflowInput = {
  customer_id: string
  /** Replaces the whole set, e.g. `{ top: "M", bottom: "38", shoes: "39" }`; `null` forgets them. */
  sizes?: CustomerSizes | null
  /** A store profile id; `null` clears it. */
  favourite_store_id?: string | null
  marketing_consent?: boolean
  share_history_with_associates?: boolean
}

/**
 * Records what a customer tells us: sizes, favourite store, and their two consents (marketing, sharing their
 * history with associates). Creates their preference record on first use. Only the fields given change; a
 * failure restores the previous values and favourite store, or removes a record it created.
 */
export const setCustomerPreferencesWorkflow = createWorkflow(
  "set-customer-preferences",
  (input: SetCustomerPreferencesWorkflowInput) => {
    validateCustomerReferencesStep({ customer_id: input.customer_id, store_profile_id: input.favourite_store_id })

    // One record per customer: two tablets saving at once must not both create one.
    const lockKey = transform({ input }, ({ input }) => `customer-preference:${input.customer_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })

    const changes = transform({ input }, ({ input }) => {
      const { favourite_store_id: _favourite, ...fields } = input
      return fields
    })
    const preference = upsertCustomerPreferenceStep(changes)

    when("favourite-store-given", { input }, ({ input }) => input.favourite_store_id !== undefined).then(() => {
      const favourite = transform({ input, preference }, ({ input, preference }) => ({
        customer_preference_id: preference.id,
        store_profile_id: input.favourite_store_id ?? null,
      }))
      setCustomerFavouriteStoreStep(favourite)
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(preference)
  }
)
