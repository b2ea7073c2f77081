import { z } from "@medusajs/framework/zod"

/**
 * How an associate finds an order at the counter: exactly one of its number (display id), the shopper's email,
 * phone, or the return QR token the shopper shows.
 */
export const PosOrderLookupParams = z
  .object({
    display_id: z.coerce.number({ error: "display_id must be an order number" }).int().positive().optional(),
    email: z.string().trim().email({ error: "email must be an email address" }).optional(),
    phone: z.string().trim().min(6, { error: "phone must have at least 6 digits" }).optional(),
    token: z.string().trim().min(1, { error: "token must not be empty" }).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
export type PosOrderLookupParamsType = z.infer<typeof PosOrderLookupParams>
