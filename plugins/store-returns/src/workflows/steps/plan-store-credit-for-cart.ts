import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_CREDIT_MODULE } from "../../modules/store-credit"
import type StoreCreditModuleService from "../../modules/store-credit/service"
import { storeCreditLinesOf } from "../../utils/store-credit-lines"

export type PlanStoreCreditForCartInput = {
  cart: {
    id: string
    customer_id: string
    currency_code: string
    total: unknown
    credit_lines?: { id: string; reference?: string | null; reference_id?: string | null; amount: unknown }[] | null
  }
}

export type StoreCreditPlan = {
  account_id: string
  /** What the credit line will take off the cart: the balance, at most what the cart costs. */
  amount: number
  balance: number
  currency_code: string
  /** Store credit lines already on the cart, replaced by the new one. */
  replaced_line_ids: string[]
}

/**
 * How much store credit the cart can take: min(balance, what the cart costs before any store credit already on it).
 * Nothing is debited here: the balance is spent when the cart is completed (hook in `workflows/hooks/`).
 */
export const planStoreCreditForCartStep = createStep(
  "plan-store-credit-for-cart",
  async ({ cart }: PlanStoreCreditForCartInput, { container }) => {
    const storeCredit = container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE)
    const [account] = await storeCredit.listStoreCreditAccounts({
      customer_id: cart.customer_id,
      currency_code: cart.currency_code.toLowerCase(),
    })
    const balance = account ? (await storeCredit.balancesOf([account.id]))[account.id] : 0
    if (!account || balance <= 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `No store credit in ${cart.currency_code.toUpperCase()} to apply to this cart`
      )
    }
    const replaced = storeCreditLinesOf(cart)
    const costBeforeStoreCredit = MathBN.add(cart.total as any, ...replaced.map((line) => line.amount as any))
    const amount = MathBN.min(balance, costBeforeStoreCredit)
    if (!MathBN.gt(amount, 0)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} has nothing left to pay with store credit`)
    }
    const plan: StoreCreditPlan = {
      account_id: account.id,
      amount: MathBN.convert(amount).toNumber(),
      balance,
      currency_code: cart.currency_code,
      replaced_line_ids: replaced.map((line) => line.id),
    }
    return new StepResponse(plan)
  }
)
