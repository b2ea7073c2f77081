import { model } from "@medusajs/framework/utils"
import { RETURN_SOURCES } from "../../../constants"

/**
 * A return whose credit was taken back. A store return is reported twice (Medusa's `order.return_received` and
 * `store-returns.return.completed`); `return_id` is unique so only the first report reverses credit.
 */
export const AttributionReturn = model
  .define("attribution_return", {
    id: model.id({ prefix: "attret" }).primaryKey(),
    return_id: model.text(),
    order_id: model.text(),
    source: model.enum([...RETURN_SOURCES]),
    /** The credit taken back, in major units (positive). */
    amount: model.bigNumber(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["return_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])
