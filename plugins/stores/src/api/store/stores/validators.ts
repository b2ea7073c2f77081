import { z } from "@medusajs/framework/zod"

const coordinate = (name: string, limit: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, `${name} must be a decimal number`)
    .transform(Number)
    .refine((value) => Math.abs(value) <= limit, `${name} must be between -${limit} and ${limit}`)

export const StoreGetStoresParams = z
  .object({
    lat: coordinate("lat", 90).optional(),
    lng: coordinate("lng", 180).optional(),
    /** Only stores offering click & collect. */
    pickup: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
    /** Report "open" at this instant instead of now (ISO 8601), e.g. to plan a visit. */
    at: z
      .string()
      .refine((value) => !Number.isNaN(Date.parse(value)), "at must be an ISO 8601 date-time")
      .optional(),
    code: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((query) => (query.lat === undefined) === (query.lng === undefined), {
    message: "lat and lng go together: give both or neither",
  })
export type StoreGetStoresParamsType = z.infer<typeof StoreGetStoresParams>
