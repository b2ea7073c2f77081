import { z } from "@medusajs/framework/zod"

/** POST /pos/pickups/:id/missing-items: one line of the order the store can't find, in whole or in part. */
export const PosReportMissingItem = z
  .object({
    item_id: z.string().min(1, "item_id is the order line's id"),
    /** Units missing; the whole line when left out. */
    quantity: z.number().int("quantity must be a whole number of units").positive("quantity must be at least 1").optional(),
    /** For the timeline, e.g. "damaged on the shelf". */
    note: z.string().trim().max(500).optional(),
  })
  .strict()

export type PosReportMissingItemType = z.infer<typeof PosReportMissingItem>
