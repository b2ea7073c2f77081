import { model } from "@medusajs/framework/utils"
import { StoreCreditEntry } from "./store-credit-entry"

/**
 * A customer's store credit in one currency. Its balance is the sum of its entries (never stored, so it can't drift
 * from the ledger); the row itself is what a debit locks, so two checkouts can't both spend the same euros.
 */
export const StoreCreditAccount = model
  .define("store_credit_account", {
    id: model.id({ prefix: "scacc" }).primaryKey(),
    /** Medusa's customer (read through the read-only link `links/store-credit-account-customer.ts`). */
    customer_id: model.text(),
    currency_code: model.text(),
    entries: model.hasMany(() => StoreCreditEntry, { mappedBy: "account" }),
  })
  .indexes([{ on: ["customer_id", "currency_code"], unique: true, where: "deleted_at IS NULL" }])
