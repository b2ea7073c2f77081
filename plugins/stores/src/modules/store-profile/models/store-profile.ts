import { model } from "@medusajs/framework/utils"
import { StoreClosure } from "./store-closure"

/**
 * A physical shop: what a stock location needs to be a store shoppers can visit and associates can sell from.
 * Its weekly hours are `{ monday: [{ opens: "10:00", closes: "19:00" }], …, sunday: [] }` in the store's own
 * timezone; a day with no interval is closed. The warehouse is a stock location without a profile.
 */
export const StoreProfile = model
  .define("store_profile", {
    id: model.id({ prefix: "stp" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    timezone: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    phone: model.text().nullable(),
    offers_pickup: model.boolean().default(true),
    opening_hours: model.json(),
    closures: model.hasMany(() => StoreClosure, { mappedBy: "store_profile" }),
    metadata: model.json().nullable(),
  })
  .cascades({ delete: ["closures"] })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])
