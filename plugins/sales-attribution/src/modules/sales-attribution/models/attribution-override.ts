import { model } from "@medusajs/framework/utils"

/** Who can reassign an order's credit: a store manager on the tablet, or an admin user. */
export const OVERRIDE_ACTOR_TYPES = ["associate", "user"] as const

/**
 * The audit of a manager reassigning an order's credit: who, when, why, what the records said before and what was
 * asked. The superseded records stay, pointing at this override.
 */
export const AttributionOverride = model
  .define("attribution_override", {
    id: model.id({ prefix: "attov" }).primaryKey(),
    order_id: model.text(),
    reason: model.text(),
    actor_type: model.enum([...OVERRIDE_ACTOR_TYPES]),
    actor_id: model.text(),
    store_id: model.text().nullable(),
    previous: model.json(),
    assignment: model.json(),
  })
  .indexes([{ on: ["order_id"], where: "deleted_at IS NULL" }])
