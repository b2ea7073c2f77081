import { z } from "@medusajs/framework/zod"
import { PICKUP_STATUSES } from "../../../modules/click-collect/models/pickup"

/** `status=placed,ready` or `status[]=placed&status[]=ready`: either way a list of known statuses. */
const statusList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").map((s) => s.trim()).filter(Boolean) : value),
  z.array(z.enum(PICKUP_STATUSES)).min(1)
)

/** Oldest first suits a queue; newest first suits "recently collected". */
export const PICKUP_LIST_ORDERS = ["placed_at", "-placed_at", "updated_at", "-updated_at"] as const

export const AdminGetPickupsParams = z
  .object({
    /** A store profile's id: its stock location's pickups. */
    store_id: z.string().min(1).optional(),
    /** A stock location's id, for locations listed without their store. */
    location_id: z.string().min(1).optional(),
    status: statusList.optional(),
    order: z.enum(PICKUP_LIST_ORDERS).default("placed_at"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .refine((params) => !(params.store_id && params.location_id), {
    message: "Give store_id or location_id, not both",
    path: ["location_id"],
  })
export type AdminGetPickupsParamsType = z.infer<typeof AdminGetPickupsParams>
