import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertOpeningHours, isValidTimezone } from "../../utils/opening-hours"

export type StoreProfileInput = {
  code: string
  name: string
  timezone: string
  latitude: number
  longitude: number
  phone?: string | null
  offers_pickup?: boolean
  opening_hours: unknown
  closures?: { date: string; reason?: string | null }[]
  stock_location_id: string
  sales_channel_id?: string | null
  metadata?: Record<string, unknown> | null
}

export type ValidateStoreProfilesInput = {
  profiles: Partial<StoreProfileInput>[]
  /** On update, the profile being changed: its own code and location don't count as taken. */
  excludeProfileId?: string
}

export const validateStoreProfilesStepId = "validate-store-profiles"

/**
 * Checks what the database can't: hours and timezone make sense, the stock location and sales channel exist,
 * no other store has the code or the location. Throws INVALID_DATA or DUPLICATE_ERROR; writes nothing.
 */
export const validateStoreProfilesStep = createStep(
  validateStoreProfilesStepId,
  async ({ profiles, excludeProfileId }: ValidateStoreProfilesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const codes = profiles.map((p) => p.code).filter((code): code is string => !!code)
    if (new Set(codes).size !== codes.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "Two stores in the request share a code")
    }
    for (const profile of profiles) {
      if (profile.timezone !== undefined && !isValidTimezone(profile.timezone)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Unknown timezone "${profile.timezone}" (use an IANA name such as Europe/Paris)`
        )
      }
      if (profile.opening_hours !== undefined) {
        assertOpeningHours(profile.opening_hours)
      }
    }

    if (codes.length) {
      const { data: taken } = await query.graph({
        entity: "store_profile",
        fields: ["id", "code"],
        filters: { code: codes },
      })
      const clash = taken.find((profile) => profile.id !== excludeProfileId)
      if (clash) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A store with code ${clash.code} already exists`)
      }
    }

    const locationIds = profiles.map((p) => p.stock_location_id).filter((id): id is string => !!id)
    if (locationIds.length) {
      const { data: locations } = await query.graph({
        entity: "stock_location",
        fields: ["id", "store_profile.id"],
        filters: { id: locationIds },
      })
      for (const id of locationIds) {
        const location = locations.find((l) => l.id === id)
        if (!location) {
          throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${id} does not exist`)
        }
        const owner = (location as { store_profile?: { id: string } | null }).store_profile
        if (owner && owner.id !== excludeProfileId) {
          throw new MedusaError(
            MedusaError.Types.DUPLICATE_ERROR,
            `Stock location ${id} already belongs to store ${owner.id}`
          )
        }
      }
    }

    const channelIds = profiles.map((p) => p.sales_channel_id).filter((id): id is string => !!id)
    if (channelIds.length) {
      const { data: channels } = await query.graph({
        entity: "sales_channel",
        fields: ["id"],
        filters: { id: channelIds },
      })
      const missing = channelIds.find((id) => !channels.some((c) => c.id === id))
      if (missing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sales channel ${missing} does not exist`)
      }
    }
    return new StepResponse(void 0)
  }
)
