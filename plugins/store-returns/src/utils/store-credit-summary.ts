import type { MedusaContainer } from "@medusajs/framework/types"
import { STORE_CREDIT_MODULE } from "../modules/store-credit"
import type StoreCreditModuleService from "../modules/store-credit/service"

export type StoreCreditSummary = {
  balances: { account_id: string; currency_code: string; balance: number }[]
  /** Most recent first, across the customer's accounts. */
  entries: {
    id: string
    currency_code: string
    amount: number
    kind: string
    reference: string
    reference_id: string
    note: string | null
    created_at: Date | string
  }[]
}

/** A customer's store credit as they (or an admin) see it: balance per currency and the latest movements. */
export async function storeCreditSummaryOf(
  container: MedusaContainer,
  customerId: string,
  entriesLimit: number
): Promise<StoreCreditSummary> {
  const storeCredit = container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE)
  const accounts = await storeCredit.listStoreCreditAccounts({ customer_id: customerId }, { order: { currency_code: "ASC" } })
  if (!accounts.length) {
    return { balances: [], entries: [] }
  }
  const balances = await storeCredit.balancesOf(accounts.map((account) => account.id))
  const currencyOf = new Map(accounts.map((account) => [account.id, account.currency_code]))
  const entries = await storeCredit.listStoreCreditEntries(
    { account_id: accounts.map((account) => account.id) },
    { order: { created_at: "DESC", id: "DESC" }, take: entriesLimit }
  )
  return {
    balances: accounts.map((account) => ({
      account_id: account.id,
      currency_code: account.currency_code,
      balance: balances[account.id],
    })),
    entries: entries.map((entry) => ({
      id: entry.id,
      currency_code: currencyOf.get(entry.account_id)!,
      amount: Number(entry.amount),
      kind: entry.kind,
      reference: entry.reference,
      reference_id: entry.reference_id,
      note: entry.note ?? null,
      created_at: entry.created_at,
    })),
  }
}
