import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ClosureSchema, Latitude, Longitude, OpeningHoursSchema } from "../../utils/store-profile-schema"

export const AdminGetStoreProfilesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({ q: z.string().optional(), code: z.string().optional() })
)

export const AdminCreateStoreProfile = z
  .object({
    code: z.string().trim().min(1).max(16),
    name: z.string().trim().min(1),
    timezone: z.string().min(1),
    latitude: Latitude,
    longitude: Longitude,
    phone: z.string().nullish(),
    offers_pickup: z.boolean().optional(),
    opening_hours: OpeningHoursSchema,
    closures: z.array(ClosureSchema).optional(),
    stock_location_id: z.string().min(1),
    sales_channel_id: z.string().min(1).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminCreateStoreProfileType = z.infer<typeof AdminCreateStoreProfile>

export const AdminUpdateStoreProfile = AdminCreateStoreProfile.partial().strict()
export type AdminUpdateStoreProfileType = z.infer<typeof AdminUpdateStoreProfile>
