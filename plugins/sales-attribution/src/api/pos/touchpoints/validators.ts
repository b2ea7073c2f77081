import { z } from "@medusajs/framework/zod"
import { CONTACT_CHANNELS } from "../../../constants"

/** Kinds an associate records by hand: POS sales and shared carts are recorded by their own flows. */
export const RECORDED_TOUCHPOINT_KINDS = ["assisted", "appointment"] as const

/**
 * An assisted contact (how: phone, chat, email, video, in store) or an appointment, for a customer, now or at
 * `occurred_at` (ISO date-time, not in the future, within the attribution window: the workflow checks both).
 */
export const PosRecordTouchpoint = z
  .object({
    kind: z.enum(RECORDED_TOUCHPOINT_KINDS),
    customer_id: z.string({ error: "customer_id is required" }).trim().min(1, { error: "customer_id is required" }),
    contact: z.enum(CONTACT_CHANNELS).optional(),
    note: z.string().trim().max(1000, { error: "note must be at most 1000 characters" }).optional(),
    occurred_at: z.iso
      .datetime({ offset: true, error: "occurred_at must be an ISO date and time, such as 2026-11-23T10:30:00Z" })
      .optional(),
  })
  .strict()
  .refine((body) => body.kind !== "assisted" || body.contact, {
    error: "Say how the customer was helped: contact is required for an assisted touchpoint",
    path: ["contact"],
  })
export type PosRecordTouchpointType = z.infer<typeof PosRecordTouchpoint>
