import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_PROFILE_MODULE } from "../../modules/store-profile"
import type StoreProfileModuleService from "../../modules/store-profile/service"

export type StoreProfileChanges = {
  id: string
  name?: string
  code?: string
  timezone?: string
  latitude?: number
  longitude?: number
  phone?: string | null
  offers_pickup?: boolean
  opening_hours?: unknown
  /** The full list of closed days: replaces the current one. */
  closures?: { date: string; reason?: string | null }[]
  metadata?: Record<string, unknown> | null
}

type Snapshot = {
  profile: Record<string, unknown>
  closures: { date: string; reason: string | null }[]
  closuresReplaced: boolean
}

const FIELDS = ["name", "code", "timezone", "latitude", "longitude", "phone", "offers_pickup", "opening_hours", "metadata"] as const

export const updateStoreProfileStepId = "update-store-profile"

/** Updates a profile and, when given, replaces its closed days; undone by restoring both as they were. */
export const updateStoreProfileStep = createStep(
  updateStoreProfileStepId,
  async ({ id, closures, ...changes }: StoreProfileChanges, { container }) => {
    const service: StoreProfileModuleService = container.resolve(STORE_PROFILE_MODULE)
    const before = await service.retrieveStoreProfile(id, { relations: ["closures"] })
    const snapshot: Snapshot = {
      profile: Object.fromEntries(FIELDS.map((field) => [field, before[field]])),
      closures: (before.closures ?? []).map((c) => ({ date: c.date, reason: c.reason ?? null })),
      closuresReplaced: closures !== undefined,
    }
    const { opening_hours, ...rest } = changes
    // An update of the links alone names no field: MikroORM refuses a property given as undefined.
    await service.updateStoreProfiles({
      id,
      ...rest,
      ...(opening_hours !== undefined ? { opening_hours: opening_hours as Record<string, unknown> } : {}),
    })
    if (closures !== undefined) {
      await service.deleteStoreClosures((before.closures ?? []).map((c) => c.id))
      await service.createStoreClosures(
        closures.map((c) => ({ date: c.date, reason: c.reason ?? null, store_profile_id: id }))
      )
    }
    const updated = await service.retrieveStoreProfile(id, { relations: ["closures"] })
    return new StepResponse(updated, { id, snapshot })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const { id, snapshot } = undo
    const service: StoreProfileModuleService = container.resolve(STORE_PROFILE_MODULE)
    await service.updateStoreProfiles({ id, ...snapshot.profile })
    if (snapshot.closuresReplaced) {
      const current = await service.listStoreClosures({ store_profile_id: id })
      await service.deleteStoreClosures(current.map((c) => c.id))
      await service.createStoreClosures(snapshot.closures.map((c) => ({ ...c, store_profile_id: id })))
    }
  }
)
