import { model } from "@medusajs/framework/utils"
import { Touchpoint } from "./touchpoint"

/**
 * A cart an associate built and sent to a customer as a link and QR code. Only the token's SHA-256 is stored, so a
 * database read never yields a working link. A cart is shared once; the first customer to claim it owns it.
 */
export const SharedCart = model
  .define("shared_cart", {
    id: model.id({ prefix: "sc" }).primaryKey(),
    token_hash: model.text(),
    cart_id: model.text(),
    expires_at: model.dateTime(),
    claimed_at: model.dateTime().nullable(),
    claimed_by_customer_id: model.text().nullable(),
    touchpoint: model.belongsTo(() => Touchpoint, { mappedBy: "shared_cart" }),
  })
  .indexes([
    { on: ["token_hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
  ])
