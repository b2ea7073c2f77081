import { model } from "@medusajs/framework/utils"
import { PosCheckout } from "./pos-checkout"

export const POS_TENDER_METHODS = ["cash", "card"] as const

/**
 * How part of a sale was paid. Cash keeps what the customer handed over and the change given back (`amount` is
 * what the sale kept: tendered − change); card keeps the external terminal's reference. A split sale has several.
 */
export const PosTender = model.define("pos_tender", {
  id: model.id({ prefix: "postnd" }).primaryKey(),
  method: model.enum([...POS_TENDER_METHODS]),
  amount: model.bigNumber(),
  tendered: model.bigNumber().nullable(),
  change_due: model.bigNumber().nullable(),
  card_reference: model.text().nullable(),
  checkout: model.belongsTo(() => PosCheckout, { mappedBy: "tenders" }),
})
