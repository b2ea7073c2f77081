import { model } from "@medusajs/framework/utils"
import { PosTender } from "./pos-tender"

export const POS_CHECKOUT_STATUSES = ["processing", "completed"] as const

/**
 * One payment of a POS sale at the till, claimed by the tablet's Idempotency-Key before anything is written.
 * The key is unique, so a double tap (or five) finds the first claim and gets its result; the cart id is unique
 * too, so two keys can't check out the same sale. The order it produced is linked (order ↔ pos_checkout).
 */
export const PosCheckout = model
  .define("pos_checkout", {
    id: model.id({ prefix: "poschk" }).primaryKey(),
    idempotency_key: model.text(),
    /** The Medusa cart being paid: a claim key, not a relation (the cart ↔ sale relation is a link). */
    cart_id: model.text(),
    status: model.enum([...POS_CHECKOUT_STATUSES]).default("processing"),
    tenders: model.hasMany(() => PosTender, { mappedBy: "checkout" }),
  })
  .cascades({ delete: ["tenders"] })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
  ])
