import { model } from "@medusajs/framework/utils"
import { RETURN_CONDITIONS } from "../../../constants"
import { StoreReturn } from "./store-return"

/** One order line taken back: how many, in what condition, and why (one of Medusa's return reasons). */
export const StoreReturnLine = model.define("store_return_line", {
  id: model.id({ prefix: "sretl" }).primaryKey(),
  line_item_id: model.text(),
  variant_id: model.text().nullable(),
  quantity: model.number(),
  condition: model.enum([...RETURN_CONDITIONS]),
  return_reason_id: model.text().nullable(),
  note: model.text().nullable(),
  store_return: model.belongsTo(() => StoreReturn, { mappedBy: "lines" }),
})
