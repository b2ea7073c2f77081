import { z } from "@medusajs/framework/zod"
import { bothOrNeither, shopperPointParams } from "../../../availability/validators"

export const StoreGetProductAvailabilityParams = z
  .object(shopperPointParams)
  .strict()
  .refine(bothOrNeither.check, { message: bothOrNeither.message })
export type StoreGetProductAvailabilityParamsType = z.infer<typeof StoreGetProductAvailabilityParams>
