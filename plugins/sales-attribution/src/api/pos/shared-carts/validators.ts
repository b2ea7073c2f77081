import { z } from "@medusajs/framework/zod"

/** The POS cart to send to the customer: one the associate's acting store is ringing up or has parked. */
export const PosCreateSharedCart = z
  .object({
    cart_id: z.string({ error: "cart_id is required" }).trim().min(1, { error: "cart_id is required" }),
  })
  .strict()
export type PosCreateSharedCartType = z.infer<typeof PosCreateSharedCart>
