import { z } from "@medusajs/framework/zod"

/** POST /pos/pickups/:id/ready: the code is drawn by the server and sent to the shopper, never typed here. */
export const PosMarkPickupReady = z.object({}).strict()
export type PosMarkPickupReadyType = z.infer<typeof PosMarkPickupReady>
