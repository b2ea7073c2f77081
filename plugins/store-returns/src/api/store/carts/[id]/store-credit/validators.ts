import { z } from "@medusajs/framework/zod"

/** Nothing to send: the whole usable balance is applied (min(balance, cart total)). */
export const StoreApplyStoreCredit = z.strictObject({}, { error: "Applying store credit takes no fields" })
export type StoreApplyStoreCreditType = z.infer<typeof StoreApplyStoreCredit>
