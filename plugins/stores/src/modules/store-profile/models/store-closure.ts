import { model } from "@medusajs/framework/utils"
import { StoreProfile } from "./store-profile"

/** A day the store is shut although its weekly hours say open: a bank holiday, an inventory day, works. */
export const StoreClosure = model
  .define("store_closure", {
    id: model.id({ prefix: "stcl" }).primaryKey(),
    /** The store-local calendar day, YYYY-MM-DD. */
    date: model.text(),
    reason: model.text().nullable(),
    store_profile: model.belongsTo(() => StoreProfile, { mappedBy: "closures" }),
  })
  .indexes([{ on: ["store_profile_id", "date"], unique: true, where: "deleted_at IS NULL" }])
