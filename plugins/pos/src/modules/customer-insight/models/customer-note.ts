import { model } from "@medusajs/framework/utils"

/**
 * What an associate noted about a customer ("prefers the slim fit", "alteration ready Thursday"). The customer,
 * the author (associate) and the store it was written in are links; `created_at` is when.
 */
export const CustomerNote = model.define("customer_note", {
  id: model.id({ prefix: "cnote" }).primaryKey(),
  body: model.text(),
})
