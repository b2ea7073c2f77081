import { model } from "@medusajs/framework/utils"
import { CONTACT_CHANNELS, TOUCHPOINT_KINDS } from "../../../constants"
import { SharedCart } from "./shared-cart"

/**
 * Something an associate or e-seller did for a customer that may earn credit: rang a sale, shared a cart, helped by
 * phone, chat or email, or met them by appointment. Online orders placed by the same customer (or from the same cart)
 * between `occurred_at` and `expires_at` are credited by the configured rule. Ids of other modules' records are kept
 * as columns (read-only links expose them) so the attribution can find candidates in one indexed query.
 */
export const Touchpoint = model
  .define("touchpoint", {
    id: model.id({ prefix: "tp" }).primaryKey(),
    kind: model.enum([...TOUCHPOINT_KINDS]),
    associate_id: model.text(),
    /** The store profile the associate acted for (the contact centre's for e-sellers). */
    store_id: model.text(),
    customer_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    /** For `pos_sale` touchpoints: the order rung up. */
    order_id: model.text().nullable(),
    contact: model.enum([...CONTACT_CHANNELS]).nullable(),
    note: model.text().nullable(),
    occurred_at: model.dateTime(),
    /** When the touchpoint stops earning credit: `occurred_at` plus the attribution window at the time it was made. */
    expires_at: model.dateTime(),
    metadata: model.json().nullable(),
    shared_cart: model.hasOne(() => SharedCart, { mappedBy: "touchpoint" }).nullable(),
  })
  .indexes([
    { on: ["customer_id", "occurred_at"], where: "deleted_at IS NULL" },
    { on: ["cart_id"], where: "deleted_at IS NULL" },
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL AND kind = 'pos_sale'" },
  ])
