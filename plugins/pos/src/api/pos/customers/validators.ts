import { z } from "@medusajs/framework/zod"

// Medusa words min/max failures itself ("Value for field 'limit' too big, expected at most: '50'"); custom
// messages below are refinements, which it passes through.
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback)
const offset = z.coerce.number().int().min(0).default(0)

export const PosSearchCustomersParams = z
  .object({
    q: z
      .string({ error: "Search with q: part of a name, an email or a phone number" })
      .trim()
      .refine((q) => q.length >= 2, "Type at least 2 characters of a name, email or phone number to search (q)"),
    limit: limit(50, 20),
    offset,
  })
  .strict()
export type PosSearchCustomersParamsType = z.infer<typeof PosSearchCustomersParams>

/** The page of the customer's timeline, newest first. */
export const PosGetCustomerParams = z
  .object({
    timeline_limit: limit(100, 20),
    timeline_offset: offset,
  })
  .strict()
export type PosGetCustomerParamsType = z.infer<typeof PosGetCustomerParams>

export const PosCreateCustomerNote = z
  .object({
    body: z
      .string({ error: "A note needs a body" })
      .trim()
      .refine((body) => body.length > 0, "A note can't be empty")
      .refine((body) => body.length <= 2000, "A note is at most 2000 characters"),
  })
  .strict()
export type PosCreateCustomerNoteType = z.infer<typeof PosCreateCustomerNote>

const SIZE_KIND = /^[a-z][a-z_]{0,31}$/

export const PosSetCustomerPreferences = z
  .object({
    /** Size per kind of garment, `{ "top": "M", "bottom": "38", "shoes": "39" }`; replaces the set, null forgets it. */
    sizes: z
      .record(z.string(), z.string().trim().min(1).max(16))
      // Checked here rather than as the key's schema, whose failure zod only words as "Invalid key in record".
      .refine(
        (sizes) => Object.keys(sizes).every((kind) => SIZE_KIND.test(kind)),
        'Size kinds are lower-case words such as "top", "bottom", "shoes"'
      )
      .refine((sizes) => Object.keys(sizes).length <= 20, "At most 20 sizes")
      .nullable()
      .optional(),
    favourite_store_id: z.string().min(1).nullable().optional(),
    marketing_consent: z.boolean().optional(),
    share_history_with_associates: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, {
    message: "Nothing to change: give sizes, favourite_store_id, marketing_consent or share_history_with_associates",
  })
export type PosSetCustomerPreferencesType = z.infer<typeof PosSetCustomerPreferences>
