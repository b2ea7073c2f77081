import { model } from "@medusajs/framework/utils"
import { Pickup } from "./pickup"

/** What can happen to a pickup: its status changes plus the moments staff and the shopper care about. */
export const PICKUP_EVENT_TYPES = [
  "placed",
  "preparing",
  "ready",
  "collected",
  "expired",
  "canceled",
  "item_missing",
  "reminder_sent",
  "code_locked",
] as const
export type PickupEventType = (typeof PICKUP_EVENT_TYPES)[number]

/** One line of a pickup's timeline (admin order widget, staff queue). */
export const PickupEvent = model.define("pickup_event", {
  id: model.id({ prefix: "pkev" }).primaryKey(),
  type: model.enum([...PICKUP_EVENT_TYPES]),
  /** The associate (or admin user) who did it; empty for the shopper and for scheduled jobs. */
  actor_id: model.text().nullable(),
  /** A sentence for the timeline, e.g. which item was missing. */
  note: model.text().nullable(),
  pickup: model.belongsTo(() => Pickup, { mappedBy: "events" }),
})
