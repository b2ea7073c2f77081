import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { addCompleteCartCheck } from "@passerelle/medusa-plugin-stores/workflows/hooks/complete-cart-checks"
import { STORE_CREDIT_MODULE } from "../../modules/store-credit"
import type StoreCreditModuleService from "../../modules/store-credit/service"
import { storeCreditSpendOf } from "../../utils/store-credit-lines"

/** What a cart's completion spends is recorded under this reference, with the cart's id. */
export const CART_SPEND_REFERENCE = "cart"

/*
 * Store credit is spent when the cart completes, before Medusa creates the order or authorizes the payment
 * (completeCartWorkflow.hooks.validate, reached through the stores plugin, which owns that hook). The debit locks
 * the account, so of two carts racing for the same balance one is refused with a 400 saying what is left. If the
 * completion fails later (stock gone, payment refused), the spend is undone and the balance is back.
 */
addCompleteCartCheck<string[]>({
  name: "store-returns.store-credit",
  run: async ({ cart }, { container }) => {
    const spends = storeCreditSpendOf(cart)
    // A completed cart is a retried completion: its spend was recorded the first time.
    if (!spends.length || cart.completed_at) {
      return []
    }
    if (MathBN.lt(cart.total, 0)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The store credit applied is more than this cart now costs. Apply store credit again."
      )
    }
    const storeCredit = container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE)
    const accounts = await storeCredit.listStoreCreditAccounts({ id: spends.map((spend) => spend.account_id) })
    const spentEntries: string[] = []
    try {
      for (const spend of spends) {
        const account = accounts.find((a) => a.id === spend.account_id)
        // Credit lines can be written through other routes: only the cart's own customer's credit is spendable.
        if (!account || account.customer_id !== cart.customer?.id || account.currency_code !== cart.currency_code) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart's store credit belongs to another customer")
        }
        const move = await storeCredit.debit({
          account_id: account.id,
          amount: spend.amount,
          reference: CART_SPEND_REFERENCE,
          reference_id: cart.id,
        })
        if (move.entry_created) {
          spentEntries.push(move.entry_id)
        }
      }
    } catch (error) {
      await storeCredit.softDeleteStoreCreditEntries(spentEntries)
      throw error
    }
    return spentEntries
  },
  undo: async (spentEntries, { container }) => {
    if (spentEntries?.length) {
      // Soft-deleted: the spend no longer counts, stays on record, and the cart can be completed again.
      await container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).softDeleteStoreCreditEntries(spentEntries)
    }
  },
})
