import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_CREDIT_MODULE } from "../../modules/store-credit"
import type StoreCreditModuleService from "../../modules/store-credit/service"
import { storeCreditSpendOf } from "../../utils/store-credit-lines"

/** A canceled order's store credit is given back under this reference, with the order's id. */
export const ORDER_REVERSAL_REFERENCE = "order"

/**
 * Gives back the store credit a canceled order spent: one `spend_reversal` per account, reference_id the order, so a
 * replayed event gives it back once.
 */
export const giveBackOrderStoreCreditStep = createStep(
  "give-back-order-store-credit",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "credit_lines.*"],
      filters: { id: order_id },
    })
    const spends = order ? storeCreditSpendOf(order as any).filter((spend) => MathBN.gt(spend.amount, 0)) : []
    if (!spends.length) {
      return new StepResponse([] as { account_id: string; balance: number }[], [] as string[])
    }
    const storeCredit = container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE)
    const accounts = await storeCredit.listStoreCreditAccounts({ id: spends.map((spend) => spend.account_id) })
    const givenBack: { account_id: string; balance: number }[] = []
    const written: string[] = []
    for (const account of accounts) {
      const spend = spends.find((s) => s.account_id === account.id)!
      const move = await storeCredit.credit({
        customer_id: account.customer_id,
        currency_code: account.currency_code,
        amount: spend.amount,
        kind: "spend_reversal",
        reference: ORDER_REVERSAL_REFERENCE,
        reference_id: order_id,
      })
      givenBack.push({ account_id: account.id, balance: move.balance })
      if (move.entry_created) {
        written.push(move.entry_id)
      }
    }
    return new StepResponse(givenBack, written)
  },
  async (written, { container }) => {
    if (written?.length) {
      await container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).softDeleteStoreCreditEntries(written)
    }
  }
)
