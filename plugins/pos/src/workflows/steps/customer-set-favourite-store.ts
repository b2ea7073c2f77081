import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_PROFILE_MODULE } from "@passerelle/medusa-plugin-stores/modules/store-profile"
import CustomerPreferenceStoreProfileLink from "../../links/customer-preference-store-profile"
import { CUSTOMER_INSIGHT_MODULE } from "../../modules/customer-insight"

export type SetCustomerFavouriteStoreInput = {
  customer_preference_id: string
  /** `null` clears it. */
  store_profile_id: string | null
}

const favouriteLink = (preferenceId: string, storeId: string) => ({
  [CUSTOMER_INSIGHT_MODULE]: { customer_preference_id: preferenceId },
  [STORE_PROFILE_MODULE]: { store_profile_id: storeId },
})

export const setCustomerFavouriteStoreStepId = "set-customer-favourite-store"

/** Points the preference at its favourite store (a link); undone by restoring the previous one. */
export const setCustomerFavouriteStoreStep = createStep(
  setCustomerFavouriteStoreStepId,
  async ({ customer_preference_id, store_profile_id }: SetCustomerFavouriteStoreInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data: current } = await query.graph({
      entity: CustomerPreferenceStoreProfileLink.entryPoint,
      fields: ["store_profile_id"],
      filters: { customer_preference_id },
    })
    const previous: string[] = current.map((row: { store_profile_id: string }) => row.store_profile_id)
    const next = store_profile_id ? [store_profile_id] : []
    if (previous.length === next.length && previous.every((id) => next.includes(id))) {
      return new StepResponse(store_profile_id, null)
    }
    if (previous.length) {
      await link.dismiss(previous.map((id) => favouriteLink(customer_preference_id, id)))
    }
    if (next.length) {
      await link.create(next.map((id) => favouriteLink(customer_preference_id, id)))
    }
    return new StepResponse(store_profile_id, { customer_preference_id, previous, next })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.next.length) {
      await link.dismiss(undo.next.map((id) => favouriteLink(undo.customer_preference_id, id)))
    }
    if (undo.previous.length) {
      await link.create(undo.previous.map((id) => favouriteLink(undo.customer_preference_id, id)))
    }
  }
)
