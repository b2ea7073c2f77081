import { model } from "@medusajs/framework/utils"
import { ATTRIBUTION_RULES } from "../../../constants"
import { AttributionRecord } from "./attribution-record"

/**
 * One per order: the rule that credited it, why, and the amount credited (the order total net of tax, store credit
 * included). `order_id` is unique, so a second delivery of `order.placed` finds the first attribution instead of
 * writing a second one.
 */
export const OrderAttribution = model
  .define("order_attribution", {
    id: model.id({ prefix: "oattr" }).primaryKey(),
    order_id: model.text(),
    rule: model.enum([...ATTRIBUTION_RULES]),
    reason: model.text(),
    placed_at: model.dateTime(),
    sales_channel_id: model.text().nullable(),
    currency_code: model.text(),
    gross_amount: model.bigNumber(),
    records: model.hasMany(() => AttributionRecord, { mappedBy: "order_attribution" }),
  })
  .cascades({ delete: ["records"] })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
