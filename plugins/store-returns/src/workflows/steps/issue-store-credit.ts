import type { BigNumberInput } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_CREDIT_MODULE } from "../../modules/store-credit"
import type { CreditKind } from "../../modules/store-credit/kinds"
import type StoreCreditModuleService from "../../modules/store-credit/service"

export type IssueStoreCreditInput = {
  customer_id: string
  currency_code: string
  amount: number | BigNumberInput
  /** What the credit is for (`store_return`, `admin`…) and which one: the same reference_id never credits twice. */
  reference: string
  reference_id: string
  /** `refund` unless an admin corrects a balance (`adjustment`). */
  kind?: Extract<CreditKind, "refund" | "adjustment">
  note?: string | null
}

export type IssueStoreCreditOutput = { account_id: string; entry_id: string; balance: number }

type Undo = { entry_id: string; account_id: string; account_created: boolean } | null | undefined

/**
 * Credits the customer's store credit account in that currency, opening it on the first credit. A replay (same
 * kind and reference_id) returns the entry already written and leaves nothing to undo.
 */
export const issueStoreCreditStep = createStep(
  "issue-store-credit",
  async (input: IssueStoreCreditInput, { container }) => {
    const storeCredit = container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE)
    const move = await storeCredit.credit({ ...input, kind: input.kind ?? "refund" })
    const output: IssueStoreCreditOutput = { account_id: move.account_id, entry_id: move.entry_id, balance: move.balance }
    const undo: Undo = move.entry_created
      ? { entry_id: move.entry_id, account_id: move.account_id, account_created: move.account_created }
      : null
    return new StepResponse(output, undo)
  },
  async (undo: Undo, { container }) => {
    if (!undo) {
      return
    }
    const storeCredit = container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE)
    // Soft-deleted: the entry no longer counts, and the same reference can be credited again by a retry.
    await storeCredit.softDeleteStoreCreditEntries([undo.entry_id])
    // The account this run opened goes too, unless a concurrent credit has used it meanwhile.
    if (undo.account_created) {
      const [otherEntry] = await storeCredit.listStoreCreditEntries({ account_id: undo.account_id }, { take: 1 })
      if (!otherEntry) {
        await storeCredit.softDeleteStoreCreditAccounts([undo.account_id])
      }
    }
  }
)
