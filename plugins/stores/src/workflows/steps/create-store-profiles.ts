import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_PROFILE_MODULE } from "../../modules/store-profile"
import type StoreProfileModuleService from "../../modules/store-profile/service"
import type { StoreProfileInput } from "./validate-store-profiles"

export const createStoreProfilesStepId = "create-store-profiles"

/** Creates the profiles with their closed days; undone by deleting them (closures cascade). */
export const createStoreProfilesStep = createStep(
  createStoreProfilesStepId,
  async (profiles: StoreProfileInput[], { container }) => {
    const service: StoreProfileModuleService = container.resolve(STORE_PROFILE_MODULE)
    const created = await service.createStoreProfiles(
      profiles.map(({ stock_location_id: _location, sales_channel_id: _channel, closures: _closures, ...profile }) => ({
        ...profile,
        opening_hours: profile.opening_hours as Record<string, unknown>,
      }))
    )
    const closures = profiles.flatMap((profile) => {
      const storeProfileId = created.find((c) => c.code === profile.code)!.id
      return (profile.closures ?? []).map((closure) => ({
        date: closure.date,
        reason: closure.reason ?? null,
        store_profile_id: storeProfileId,
      }))
    })
    if (closures.length) {
      await service.createStoreClosures(closures)
    }
    return new StepResponse(
      created,
      created.map((profile) => profile.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: StoreProfileModuleService = container.resolve(STORE_PROFILE_MODULE)
    await service.deleteStoreProfiles(createdIds)
  }
)
