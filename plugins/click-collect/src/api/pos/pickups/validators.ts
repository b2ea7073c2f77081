import { z } from "@medusajs/framework/zod"
import { PICKUP_STATUSES, type PickupStatus } from "../../../modules/click-collect/models/pickup"

/** The queue a tablet shows by default: everything still to be prepared or handed over. */
export const ACTIVE_PICKUP_STATUSES: PickupStatus[] = ["placed", "preparing", "ready"]

const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((s) => s.trim()).filter(Boolean))
  .refine((statuses) => statuses.length > 0, "status needs at least one status")
  .refine(
    (statuses) => statuses.every((s) => (PICKUP_STATUSES as readonly string[]).includes(s)),
    `status takes ${PICKUP_STATUSES.join(", ")} (separated by commas)`
  )

/** GET /pos/pickups: the acting store's queue. */
export const PosListPickupsParams = z
  .object({
    status: statusList.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type PosListPickupsParamsType = z.infer<typeof PosListPickupsParams>

/** GET /pos/pickups/:id takes no query. */
export const PosGetPickupParams = z.object({}).strict()
