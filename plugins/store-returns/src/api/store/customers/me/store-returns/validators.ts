import { z } from "@medusajs/framework/zod"

export const StoreGetMyStoreReturnsParams = z
  .object({
    limit: z.coerce.number().int().min(1, { error: "limit must be at least 1" }).max(100, { error: "limit is at most 100" }).default(20),
    offset: z.coerce.number().int().min(0, { error: "offset can't be negative" }).default(0),
  })
  .strict()
export type StoreGetMyStoreReturnsParamsType = z.infer<typeof StoreGetMyStoreReturnsParams>
