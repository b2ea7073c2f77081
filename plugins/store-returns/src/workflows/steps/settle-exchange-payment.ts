import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { settlePosPayment, type PosPaymentInput, type Settlement } from "@passerelle/medusa-plugin-pos/utils/tenders"

export type SettleExchangePaymentStepInput = {
  /** What the shopper owes for the exchange (Medusa's payment collection for the difference), 0 when nothing. */
  amount_due: number
  currency_code: string
  payments: PosPaymentInput[]
}

/**
 * Splits the price difference of an exchange over what the shopper hands over at the counter, with the POS
 * plugin's own settlement (cards first, then cash, with the change): an exchange is paid like a till sale.
 * Refuses, before any money moves, an underpaid difference and payments when nothing is due. Reads only.
 */
export const settleExchangePaymentStep = createStep(
  "settle-exchange-payment",
  async (input: SettleExchangePaymentStepInput) => {
    const money = (amount: number) =>
      new Intl.NumberFormat("en-IE", { style: "currency", currency: input.currency_code.toUpperCase() }).format(amount)
    if (input.amount_due <= 0) {
      if (input.payments.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "The shopper owes nothing for this exchange: take no payment")
      }
      return new StepResponse<Settlement | null>(null)
    }
    if (!input.payments.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The shopper owes ${money(input.amount_due)} for this exchange: say how they pay (cash or card)`
      )
    }
    return new StepResponse<Settlement | null>(settlePosPayment(input.amount_due, input.currency_code, input.payments))
  }
)
