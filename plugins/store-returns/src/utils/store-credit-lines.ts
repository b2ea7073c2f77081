import { MathBN } from "@medusajs/framework/utils"

/** `reference` of the cart credit lines that spend store credit; their `reference_id` is the account's id. */
export const STORE_CREDIT_LINE_REFERENCE = "store_credit"

type CreditLineLike = { id: string; reference?: string | null; reference_id?: string | null; amount: unknown; raw_amount?: unknown }

/** The cart's credit lines that spend store credit (other credit lines, e.g. a gift card's, are not ours). */
export function storeCreditLinesOf<T extends CreditLineLike>(cart: { credit_lines?: (T | null)[] | null }): T[] {
  return (cart.credit_lines ?? []).filter((line): line is T => !!line && line.reference === STORE_CREDIT_LINE_REFERENCE)
}

/** What the cart's store credit lines spend, per account. */
export function storeCreditSpendOf(cart: { credit_lines?: (CreditLineLike | null)[] | null }) {
  const perAccount = new Map<string, ReturnType<typeof MathBN.convert>>()
  for (const line of storeCreditLinesOf(cart)) {
    const accountId = line.reference_id as string
    perAccount.set(accountId, MathBN.add(perAccount.get(accountId) ?? 0, (line.raw_amount ?? line.amount) as any))
  }
  return [...perAccount.entries()].map(([account_id, amount]) => ({ account_id, amount }))
}
