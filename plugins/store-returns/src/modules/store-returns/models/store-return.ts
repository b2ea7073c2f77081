import { model } from "@medusajs/framework/utils"
import { REFUND_METHODS } from "../../../constants"
import { StoreReturnLine } from "./store-return-line"

/** Where a store return stands: the key is claimed first, so a replay of the same key finds it instead of starting over. */
export const STORE_RETURN_STATUSES = ["processing", "completed", "failed"] as const
export type StoreReturnStatus = (typeof STORE_RETURN_STATUSES)[number]

/**
 * An item brought back at a store counter, taken back in one step: Medusa's return (created and received at once)
 * plus what Medusa does not record: the store and associate (links), each line's condition, how the shopper was
 * paid back, and the manager's override when the return was out of policy. The `Idempotency-Key` the tablet sent
 * is unique, so retries and double taps give the first result, never a second return or refund.
 */
export const StoreReturn = model
  .define("store_return", {
    id: model.id({ prefix: "sret" }).primaryKey(),
    idempotency_key: model.text(),
    /** Hash of the request body: replaying a key with a different body is refused instead of answered wrongly. */
    request_hash: model.text(),
    status: model.enum([...STORE_RETURN_STATUSES]).default("processing"),
    order_id: model.text(),
    /** Medusa's return (order module), set once it exists. */
    return_id: model.text().nullable(),
    /** The stock location of the store the items came back to. */
    location_id: model.text(),
    refund_method: model.enum([...REFUND_METHODS]),
    refund_amount: model.bigNumber().default(0),
    currency_code: model.text(),
    /** Set when a manager accepted a return outside the policy. */
    override_reason: model.text().nullable(),
    override_by: model.text().nullable(),
    /** Why processing failed, when it did (the key can then be retried). */
    failure: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
    /** Set when the items came back as part of an exchange: Medusa's order exchange (order module). */
    exchange_id: model.text().nullable(),
    /** What the shopper paid at the counter for an exchange's price difference (0 when nothing was due). */
    exchange_amount_paid: model.bigNumber().nullable(),
    /** How the shopper paid that difference (the POS plugin's settled tenders: cash handed over and change, cards). */
    exchange_tenders: model.json().nullable(),
    lines: model.hasMany(() => StoreReturnLine, { mappedBy: "store_return" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["return_id"], where: "deleted_at IS NULL" },
  ])
