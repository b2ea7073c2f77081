import { model } from "@medusajs/framework/utils"

/**
 * `released`: the sale left the till for good without being paid there (a customer took a shared cart over online);
 * it is neither listed among the parked sales nor resumable.
 */
export const POS_CART_STATUSES = ["open", "parked", "completed", "released"] as const

/**
 * A sale being rung up on a store tablet: the Medusa cart it wraps (link), the store and the associate (links),
 * and where it stands. A parked cart holds no stock and can be resumed on any tablet of the same store.
 */
export const PosCart = model.define("pos_cart", {
  id: model.id({ prefix: "poscart" }).primaryKey(),
  status: model.enum([...POS_CART_STATUSES]).default("open"),
  parked_at: model.dateTime().nullable(),
  /** What the associate wrote when parking: "customer comes back after lunch". */
  parked_note: model.text().nullable(),
  /**
   * The lines as they stood when parked (variant, quantity, unit price, units available at the store), so that
   * resuming can say what changed since: `[{ line_id, variant_id, title, quantity, unit_price, available }]`.
   */
  parked_snapshot: model.json().nullable(),
})
