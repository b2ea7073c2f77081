import { z } from "@medusajs/framework/zod"
import { REFUND_METHODS, RETURN_CONDITIONS } from "../../../constants"

const ReturnLine = z
  .object({
    line_item_id: z.string({ error: "line_item_id is required" }).min(1),
    quantity: z.number({ error: "quantity must be a number" }).int({ error: "quantity must be a whole number" }).positive({
      error: "quantity must be at least 1",
    }),
    condition: z.enum(RETURN_CONDITIONS, { error: `condition must be one of ${RETURN_CONDITIONS.join(", ")}` }),
    return_reason_id: z.string().min(1).optional(),
    note: z.string().max(1000).optional(),
  })
  .strict()

/**
 * A store return as the tablet sends it. The items always come back to the acting store: `store_id` or
 * `location_id`, when given, must name it (another store's is refused with 403).
 */
export const PosCreateStoreReturn = z
  .object({
    order_id: z.string({ error: "order_id is required" }).min(1),
    lines: z.array(ReturnLine, { error: "lines are required" }).min(1, { error: "Pick at least one line to return" }),
    refund_method: z.enum(REFUND_METHODS, { error: `refund_method must be one of ${REFUND_METHODS.join(", ")}` }),
    override: z.object({ reason: z.string().trim().min(1, { error: "Give the reason for the override" }) }).strict().optional(),
    store_id: z.string().min(1).optional(),
    location_id: z.string().min(1).optional(),
  })
  .strict()
export type PosCreateStoreReturnType = z.infer<typeof PosCreateStoreReturn>
