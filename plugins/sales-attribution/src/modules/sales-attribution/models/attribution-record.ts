import { model } from "@medusajs/framework/utils"
import { BENEFICIARIES, RECORD_KINDS, RECORD_RULES } from "../../../constants"
import { OrderAttribution } from "./order-attribution"

/**
 * A credit (sale, positive) or a credit taken back (return, negative) for one beneficiary: an associate and their
 * store, a store alone, or the house account. An override supersedes records instead of deleting them, so the
 * history stays readable; reports sum the records that are not superseded.
 */
export const AttributionRecord = model
  .define("attribution_record", {
    id: model.id({ prefix: "attr" }).primaryKey(),
    order_attribution: model.belongsTo(() => OrderAttribution, { mappedBy: "records" }),
    order_id: model.text(),
    kind: model.enum([...RECORD_KINDS]),
    return_id: model.text().nullable(),
    beneficiary: model.enum([...BENEFICIARIES]),
    associate_id: model.text().nullable(),
    store_id: model.text().nullable(),
    sales_channel_id: model.text().nullable(),
    currency_code: model.text(),
    /** Signed, in major units (negative for returns). */
    amount: model.bigNumber(),
    rule: model.enum([...RECORD_RULES]),
    reason: model.text(),
    touchpoint_id: model.text().nullable(),
    /** The order's placement for sales, the return's receipt for returns: the date reports file it under. */
    occurred_at: model.dateTime(),
    superseded_at: model.dateTime().nullable(),
    superseded_by_override_id: model.text().nullable(),
    written_by_override_id: model.text().nullable(),
  })
  .indexes([
    { on: ["occurred_at"], where: "deleted_at IS NULL" },
    { on: ["associate_id", "occurred_at"], where: "deleted_at IS NULL" },
    { on: ["store_id", "occurred_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])
