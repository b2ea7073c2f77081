import { model } from "@medusajs/framework/utils"
import { PickupEvent } from "./pickup-event"

/** Where a click & collect order stands, from the shopper's click to the hand-over (or its end). */
export const PICKUP_STATUSES = ["placed", "preparing", "ready", "collected", "expired", "canceled"] as const
export type PickupStatus = (typeof PICKUP_STATUSES)[number]

/**
 * One click & collect order waiting at (or handed over by) a store. The order and the store's stock location
 * are links (pickup ↔ order, stock location ↔ pickups). The pickup code is issued when the parcel is ready and
 * only its hash is kept: the shopper holds the code, the counter checks it.
 */
export const Pickup = model
  .define("pickup", {
    id: model.id({ prefix: "pkup" }).primaryKey(),
    status: model.enum([...PICKUP_STATUSES]).default("placed"),
    /** HMAC of the 6-character code, keyed by the pickup's id (see utils/pickup-code). */
    code_hash: model.text().nullable(),
    /** Last two characters of the code, so staff and the admin can tell codes apart without knowing them. */
    code_hint: model.text().nullable(),
    placed_at: model.dateTime(),
    preparing_at: model.dateTime().nullable(),
    ready_at: model.dateTime().nullable(),
    /** When a ready parcel stops being held for the shopper (ready_at + the plugin's holdDays). */
    hold_until: model.dateTime().nullable(),
    reminded_at: model.dateTime().nullable(),
    collected_at: model.dateTime().nullable(),
    /** The associate who handed the parcel over. */
    collected_by: model.text().nullable(),
    expired_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    /** Wrong codes tried since the last right one or the last lock. */
    failed_code_attempts: model.number().default(0),
    /** Code checks are refused until then, after too many wrong codes. */
    code_locked_until: model.dateTime().nullable(),
    events: model.hasMany(() => PickupEvent, { mappedBy: "pickup" }),
  })
  .cascades({ delete: ["events"] })
  .indexes([
    { on: ["status"], where: "deleted_at IS NULL" },
    // The expiry job's read: ready parcels past (or near) their hold.
    { on: ["hold_until"], where: "deleted_at IS NULL AND status = 'ready'" },
  ])
