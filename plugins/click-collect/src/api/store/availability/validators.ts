import { z } from "@medusajs/framework/zod"

const coordinate = (name: string, limit: number) =>
  z
    // A repeated parameter arrives as an array: say so, rather than Medusa's "Expected type: 'string'" naming both.
    .union([z.string(), z.array(z.string())])
    .refine((value) => !Array.isArray(value), { message: `${name} must be given once`, abort: true })
    .transform((value) => String(value).trim())
    .pipe(
      z
        .string()
        .regex(/^-?\d+(\.\d+)?$/, `${name} must be a decimal number`)
        .transform(Number)
        .refine((value) => Math.abs(value) <= limit, `${name} must be between -${limit} and ${limit}`)
    )

/** Where the shopper is (nearest stores first) and when to answer for ("pick up today" at another instant). */
export const shopperPointParams = {
  lat: coordinate("lat", 90).optional(),
  lng: coordinate("lng", 180).optional(),
  at: z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), "at must be an ISO 8601 date-time")
    .optional(),
}

export const bothOrNeither = {
  check: (query: { lat?: number; lng?: number }) => (query.lat === undefined) === (query.lng === undefined),
  message: "lat and lng go together: give both or neither",
}

export const MAX_VARIANT_IDS = 100

/** `variant_ids=a,b` or `variant_ids[]=a&variant_ids[]=b`; duplicates count once. */
const variantIds = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => [
    ...new Set(
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(","))
        .map((id) => id.trim())
        .filter(Boolean)
    ),
  ])
  .refine((ids) => ids.length > 0, "variant_ids needs at least one variant id")
  .refine((ids) => ids.length <= MAX_VARIANT_IDS, `variant_ids takes at most ${MAX_VARIANT_IDS} ids`)
  .refine(
    (ids) => ids.every((id) => /^[A-Za-z0-9_-]{1,100}$/.test(id)),
    "variant_ids must be variant ids separated by commas"
  )

export const StoreGetAvailabilityParams = z
  .object({ variant_ids: variantIds, ...shopperPointParams })
  .strict()
  .refine(bothOrNeither.check, { message: bothOrNeither.message })
export type StoreGetAvailabilityParamsType = z.infer<typeof StoreGetAvailabilityParams>
