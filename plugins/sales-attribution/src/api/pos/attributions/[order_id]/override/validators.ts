import { z } from "@medusajs/framework/zod"

const Reason = z
  .string({ error: "Give the reason for the override" })
  .trim()
  .min(3, { error: "Give the reason for the override (3 characters at least)" })
  .max(500, { error: "The reason is 500 characters at most" })

/**
 * A manager reassigns an order's credit: to one or more associates of their store (split evenly), or to the house
 * account, always with a reason.
 */
export const PosOverrideAttribution = z.discriminatedUnion("to", [
  z
    .object({
      reason: Reason,
      to: z.literal("associates"),
      associate_ids: z
        .array(z.string().min(1), { error: "associate_ids are required" })
        .min(1, { error: "Name at least one associate" })
        .max(10, { error: "Name 10 associates at most" })
        .refine((ids) => new Set(ids).size === ids.length, { error: "Name each associate once" }),
    })
    .strict(),
  z.object({ reason: Reason, to: z.literal("house") }).strict(),
], { error: 'to must be "associates" or "house"' })
export type PosOverrideAttributionType = z.infer<typeof PosOverrideAttribution>
