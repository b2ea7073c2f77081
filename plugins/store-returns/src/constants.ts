/** Name of this plugin's package, as registered in medusa-config. */
export const STORE_RETURNS_PLUGIN = "@passerelle/medusa-plugin-store-returns"

/** Events this plugin emits, named `<plugin>.<entity>.<action>`. */
export const StoreReturnEvents = {
  /** A store return was created and received; carries `{ id, return_id, order_id, store_id, associate_id }`. */
  RETURN_COMPLETED: "store-returns.return.completed",
  /** Money went back to the shopper; carries `{ id, return_id, order_id, method, amount, currency_code }`. */
  REFUND_ISSUED: "store-returns.refund.issued",
  /**
   * An exchange went through at a store counter; carries `{ id, exchange_id, return_id, order_id, store_id,
   * associate_id, amount_paid, amount_refunded, currency_code }`.
   */
  EXCHANGE_COMPLETED: "store-returns.exchange.completed",
} as const

/** How a store return pays the shopper back. */
export const REFUND_METHODS = ["original", "store_credit", "cash"] as const
export type RefundMethod = (typeof REFUND_METHODS)[number]

/** What the associate found when taking an item back: resellable goes back on this store's shelf, damaged does not. */
export const RETURN_CONDITIONS = ["resellable", "damaged"] as const
export type ReturnCondition = (typeof RETURN_CONDITIONS)[number]

/** Header carrying the tablet's idempotency key on store returns: a double tap must never make two refunds. */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key"
