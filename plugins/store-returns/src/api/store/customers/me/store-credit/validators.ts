import { z } from "@medusajs/framework/zod"

export const GetStoreCreditParams = z.strictObject({
  /** How many of the latest movements to list. */
  entries_limit: z.coerce
    .number({ error: "entries_limit must be a number" })
    .int({ error: "entries_limit must be a whole number" })
    .min(0, { error: "entries_limit can't be negative" })
    .max(100, { error: "entries_limit is at most 100" })
    .default(20),
})
export type GetStoreCreditParamsType = z.infer<typeof GetStoreCreditParams>
