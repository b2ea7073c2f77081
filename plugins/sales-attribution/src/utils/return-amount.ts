import type { Beneficiary, RecordRule } from "../constants"
import { splitByLargestRemainder } from "./largest-remainder"

/** One order line touched by a return, in minor units and quantities. */
export type ReturnedLine = {
  /** The line's total net of tax (after discounts), in minor units. */
  line_net_minor: number
  /** Units on the order line. */
  line_quantity: number
  /** Units of this line taken back by earlier returns already reversed. */
  returned_before: number
  /** Units of this line in this return. */
  returned_now: number
}

/** The credit of the first `units` units of a line: `round(net × units / quantity)`, so all units give the line's net. */
function creditOfUnits(line: ReturnedLine, units: number): number {
  if (line.line_quantity <= 0) {
    return 0
  }
  const clamped = Math.min(Math.max(units, 0), line.line_quantity)
  return Math.round((line.line_net_minor * clamped) / line.line_quantity)
}

/**
 * The credit a return takes back, in minor units: for each line, the net of tax of the units returned, counted so
 * that a line returned in several goes adds up to the line exactly (the last units take what the earlier ones left).
 * Capped at what is still credited (`capMinor` = active gross − already reversed), never below zero.
 */
export function returnedAmountMinor(lines: ReturnedLine[], capMinor: number): number {
  const returned = lines.reduce(
    (sum, line) =>
      sum + creditOfUnits(line, line.returned_before + line.returned_now) - creditOfUnits(line, line.returned_before),
    0
  )
  return Math.max(0, Math.min(returned, capMinor))
}

/** A credit record as a return or an override copies it. */
export type CreditShare = {
  beneficiary: Beneficiary
  associate_id: string | null
  store_id: string | null
  rule: RecordRule
  touchpoint_id: string | null
  /** The sale record's amount, in minor units: the weight of its share. */
  amount_minor: number
}

/** A negative record to write, in minor units. */
export type PlannedReturnRecord = Omit<CreditShare, "amount_minor"> & { amount_minor: number; reason: string }

/**
 * Takes `amountMinor` back from the sale records in their proportions (largest remainder, weights = the sale
 * amounts): one negative record per sale record, copying its beneficiary, store, rule and touchpoint. Sale records
 * of zero get a zero record, so every beneficiary shows the return.
 */
export function planReturnRecords(sales: CreditShare[], amountMinor: number, reason: string): PlannedReturnRecord[] {
  const weights = sales.map((sale) => sale.amount_minor)
  const amounts =
    amountMinor > 0 && weights.some((weight) => weight > 0)
      ? splitByLargestRemainder(amountMinor, weights)
      : sales.map(() => 0)
  return sales.map((sale, index) => ({ ...sale, amount_minor: amounts[index] ? -amounts[index] : 0, reason }))
}
