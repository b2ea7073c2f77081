import { MedusaError } from "@medusajs/framework/utils"

/** What the tablet sends: cash handed over, or a card payment taken on the external terminal. */
export type PosPaymentInput =
  | { method: "cash"; tendered: number }
  | { method: "card"; amount?: number; reference: string }

/** How the sale was settled: each tender with what it paid, and the change given back on cash. */
export type SettledTender = {
  method: "cash" | "card"
  amount: number
  tendered: number | null
  change_due: number | null
  card_reference: string | null
}

export type Settlement = { total: number; tenders: SettledTender[]; change_due: number }

/** Money in the smallest unit the till counts: cents. */
const toCents = (amount: number) => Math.round(amount * 100)
const fromCents = (cents: number) => cents / 100
const money = (cents: number, currency: string) =>
  new Intl.NumberFormat("en-IE", { style: "currency", currency: currency.toUpperCase() }).format(fromCents(cents))

/**
 * Splits a sale's total over the tenders: cards first, for the amounts the terminal charged, then cash for the
 * rest, with the change due. A lone card pays the whole total. Refuses, in words the associate can act on, an
 * underpaid sale, an overcharged card, and more than one cash tender.
 */
export function settlePosPayment(total: number, currency: string, payments: PosPaymentInput[]): Settlement {
  const due = toCents(total)
  const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
  if (!payments.length) {
    throw refuse("Say how the customer pays: at least one cash or card payment")
  }
  const cash = payments.filter((p): p is Extract<PosPaymentInput, { method: "cash" }> => p.method === "cash")
  const cards = payments.filter((p): p is Extract<PosPaymentInput, { method: "card" }> => p.method === "card")
  if (cash.length > 1) {
    throw refuse("Count the cash once: a sale takes at most one cash payment")
  }
  if (cards.length === 1 && !cash.length && cards[0].amount === undefined) {
    cards[0] = { ...cards[0], amount: total }
  }
  const missingAmount = cards.find((card) => card.amount === undefined)
  if (missingAmount) {
    throw refuse(`Give the amount charged on card ${missingAmount.reference} when the sale is split`)
  }
  const cardCents = cards.reduce((sum, card) => sum + toCents(card.amount!), 0)
  if (cardCents > due) {
    throw refuse(`The cards cover ${money(cardCents, currency)}, more than the ${money(due, currency)} due`)
  }
  const tenders: SettledTender[] = cards.map((card) => ({
    method: "card",
    amount: fromCents(toCents(card.amount!)),
    tendered: null,
    change_due: null,
    card_reference: card.reference,
  }))
  const cashDue = due - cardCents
  if (!cash.length) {
    if (cashDue > 0) {
      throw refuse(`The payments cover ${money(cardCents, currency)} of the ${money(due, currency)} due`)
    }
    return { total, tenders, change_due: 0 }
  }
  const tendered = toCents(cash[0].tendered)
  if (tendered < cashDue) {
    throw refuse(`Cash tendered ${money(tendered, currency)} is short of the ${money(cashDue, currency)} due in cash`)
  }
  if (cashDue === 0) {
    throw refuse("The cards already cover the sale: take no cash")
  }
  const change = tendered - cashDue
  tenders.push({
    method: "cash",
    amount: fromCents(cashDue),
    tendered: fromCents(tendered),
    change_due: fromCents(change),
    card_reference: null,
  })
  return { total, tenders, change_due: fromCents(change) }
}
