import type { MedusaContainer } from "@medusajs/framework/types"
import { expireOverduePickupsWorkflow } from "../workflows/expire-overdue-pickups"

/** Reminds shoppers whose parcel's hold is about to end and expires the parcels past it. */
export default async function expirePickups(container: MedusaContainer) {
  await expireOverduePickupsWorkflow(container).run({ input: {} })
}

// Every 15 minutes: a hold is days long, so a parcel is released at most a quarter of an hour late.
export const config = { name: "expire-pickups", schedule: "*/15 * * * *" }
