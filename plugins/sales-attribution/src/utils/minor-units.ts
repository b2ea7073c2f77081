import { MathBN } from "@medusajs/framework/utils"

/** An amount as Medusa hands it over: a number, a numeric string, or a BigNumber (`{ value }` / `{ numeric }`). */
export type MedusaAmount = number | string | { value?: unknown; numeric?: unknown } | null | undefined

/** Medusa's amounts as an exact decimal (null and missing count as zero). */
function exact(amount: MedusaAmount) {
  if (amount && typeof amount === "object" && !("value" in amount) && "numeric" in amount) {
    return MathBN.convert(amount.numeric as number)
  }
  return MathBN.convert(amount as any)
}

/**
 * A Medusa amount (major units, e.g. 66.666667 €) in whole minor units (6667 cents), rounding half up. Computed as an
 * exact decimal first, so 1.005 € is 101 cents, not 100.
 */
export function toMinorUnits(amount: MedusaAmount, decimalDigits = 2): number {
  return Math.round(MathBN.mult(exact(amount), 10 ** decimalDigits).toNumber())
}

/** Whole minor units back in major units, as Medusa stores amounts: 6667 cents → 66.67. */
export function toMajorUnits(amountMinor: number, decimalDigits = 2): number {
  return MathBN.div(amountMinor, 10 ** decimalDigits).toNumber()
}

/**
 * The credit base of an order in minor units: its total net of tax with the store credit it spent counted, i.e.
 * `total + credit_line_total − tax_total` (Medusa's `total` already subtracts store credit; prices include VAT).
 * Discounts and shipping are in: it is what the customer paid, without the tax.
 */
export function creditBaseMinor(
  order: { total: MedusaAmount; credit_line_total?: MedusaAmount; tax_total: MedusaAmount },
  decimalDigits = 2
): number {
  return toMinorUnits(MathBN.sub(MathBN.add(exact(order.total), exact(order.credit_line_total)), exact(order.tax_total)).toString(), decimalDigits)
}

/** A Medusa quantity or amount (number, string or BigNumber) as a plain number; null and missing count as zero. */
export function numberOf(value: MedusaAmount): number {
  const converted = exact(value).toNumber()
  return Number.isFinite(converted) ? converted : 0
}

/**
 * A line's net of tax after discounts for its whole ordered quantity, in minor units, by Medusa's own formula
 * (`getLineItemTotals`): `unit_price × quantity` (less the tax when prices include it) minus the adjustments' amounts
 * net of tax. Medusa's `items.total` can't be used once goods came back: it only counts the units still kept.
 */
export function fullLineNetMinor(
  item: {
    unit_price: MedusaAmount
    quantity: MedusaAmount
    is_tax_inclusive?: boolean | null
    tax_lines?: { rate: MedusaAmount }[] | null
    adjustments?: { amount: MedusaAmount; is_tax_inclusive?: boolean | null }[] | null
  },
  decimalDigits = 2
): number {
  const rate = MathBN.div(MathBN.sum(...(item.tax_lines ?? []).map((line) => exact(line.rate))), 100)
  const price = MathBN.mult(exact(item.unit_price), exact(item.quantity))
  const subtotal = item.is_tax_inclusive ? MathBN.div(price, MathBN.add(1, rate)) : price
  const discounts = MathBN.sum(
    ...(item.adjustments ?? []).map((adjustment) =>
      adjustment.is_tax_inclusive ? MathBN.div(exact(adjustment.amount), MathBN.add(1, rate)) : exact(adjustment.amount)
    )
  )
  return toMinorUnits(MathBN.sub(subtotal, discounts).toString(), decimalDigits)
}
