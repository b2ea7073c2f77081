import { z } from "@medusajs/framework/zod"

/** POST /pos/pickups/:id/preparing: nothing to say but who (the signed-in associate). */
export const PosStartPickupPreparation = z.object({}).strict()
export type PosStartPickupPreparationType = z.infer<typeof PosStartPickupPreparation>
