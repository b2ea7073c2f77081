import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolvePickupStoreStepId = "resolve-pickup-store"

export type PickupStore = {
  id: string
  code: string
  name: string
  offers_pickup: boolean
  stock_location_id: string
  /** Lower-case ISO 3166-1 alpha-2 of the store's address: its pickup service zone. */
  country_code: string
}

/** A store profile with its stock location and country; a 404 when there's no such store, a 400 when it can't take pickups. */
export const resolvePickupStoreStep = createStep(
  resolvePickupStoreStepId,
  async ({ store_profile_id }: { store_profile_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [store] } = await query.graph({
      entity: "store_profile",
      fields: ["id", "code", "name", "offers_pickup", "stock_location.id", "stock_location.address.country_code"],
      filters: { id: store_profile_id },
    })
    if (!store) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Store ${store_profile_id} was not found`)
    }
    const location = (store as any).stock_location
    if (!location) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Store ${store.code} has no stock location`)
    }
    const country = location.address?.country_code?.toLowerCase()
    if (!country) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Store ${store.code}'s stock location has no address country: set one to offer pickup there`
      )
    }
    return new StepResponse<PickupStore>({
      id: store.id,
      code: store.code,
      name: store.name,
      offers_pickup: !!store.offers_pickup,
      stock_location_id: location.id,
      country_code: country,
    })
  }
)
