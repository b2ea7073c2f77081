import { model } from "@medusajs/framework/utils"
import { STORE_CREDIT_ENTRY_KINDS } from "../kinds"
import { StoreCreditAccount } from "./store-credit-account"

/**
 * One movement of a store credit account: positive when credit is issued (a refund, an admin adjustment up),
 * negative when it is spent. `reference` says what caused it (`store_return`, `cart`, `admin`…) and
 * `reference_id` which one; (kind, reference_id) is unique, so replaying the same refund or the same cart's
 * completion never credits or spends twice. An undone spend is soft-deleted: it stays visible to an audit but no
 * longer counts, and the cart can be completed again.
 */
export const StoreCreditEntry = model
  .define("store_credit_entry", {
    id: model.id({ prefix: "scent" }).primaryKey(),
    amount: model.bigNumber(),
    kind: model.enum([...STORE_CREDIT_ENTRY_KINDS]),
    reference: model.text(),
    reference_id: model.text(),
    note: model.text().nullable(),
    account: model.belongsTo(() => StoreCreditAccount, { mappedBy: "entries" }),
  })
  .indexes([
    { on: ["kind", "reference_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["account_id", "created_at"], where: "deleted_at IS NULL" },
  ])
