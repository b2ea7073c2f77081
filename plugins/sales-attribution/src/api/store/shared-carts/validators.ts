import { z } from "@medusajs/framework/zod"

/**
 * Taking a shared cart over. Nothing to send when the publishable key sells through one channel; with several,
 * `sales_channel_id` names the one to check out in (it must be one of the key's).
 */
export const StoreClaimSharedCart = z
  .object({
    sales_channel_id: z.string().trim().min(1, { error: "sales_channel_id can't be empty" }).optional(),
  })
  .strict()
export type StoreClaimSharedCartType = z.infer<typeof StoreClaimSharedCart>
