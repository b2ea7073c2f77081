import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { fullLineNetMinor, numberOf, toMinorUnits } from "../../utils/minor-units"
import { returnReason } from "../../utils/reason-text"
import { type CreditShare, type PlannedReturnRecord, planReturnRecords, returnedAmountMinor } from "../../utils/return-amount"
import { decimalDigitsOf } from "./read-order-for-attribution"

/** A return as the reversal sees it: what to take back from whom, or why nothing is taken back. */
export type ReturnForReversal = {
  /** Why this return takes no credit back (not attributed, an exchange or claim, already reversed), else null. */
  skip: string | null
  order_attribution_id: string | null
  order_id: string
  return_id: string
  currency_code: string
  decimal_digits: number
  sales_channel_id: string | null
  /** When the goods came back: the date the negative records are filed under. */
  occurred_at: string
  amount_minor: number
  records: PlannedReturnRecord[]
}

/** Units of each order line a return brought back (received or dismissed as damaged), by line id. */
function unitsByLine(returns: any[]): Map<string, number> {
  const units = new Map<string, number>()
  for (const item of returns.flatMap((r) => r?.items ?? [])) {
    const back = numberOf(item.received_quantity) + numberOf(item.damaged_quantity) || numberOf(item.quantity)
    units.set(item.item_id, (units.get(item.item_id) ?? 0) + back)
  }
  return units
}

const RETURN_FIELDS = ["id", "order_id", "status", "exchange_id", "claim_id", "received_at", "created_at", "items.item_id", "items.quantity", "items.received_quantity", "items.damaged_quantity"]

/**
 * Reads a received return and works out the credit it takes back: the net of tax of the units returned (the last
 * units of a line take what earlier returns left), capped at what the order still credits, split over the active
 * sale records in their proportions. Skips returns of orders never attributed, returns that belong to an exchange
 * or a claim (goods were swapped, the sale stands) and returns already reversed (the second of the two events).
 */
export const readReturnForReversalStep = createStep(
  "read-return-for-reversal",
  async ({ order_id, return_id }: { order_id: string; return_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const { data: [orderReturn] } = await query.graph({ entity: "return", fields: RETURN_FIELDS, filters: { id: return_id } })
    if (!orderReturn || (orderReturn as any).order_id !== order_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${return_id} of order ${order_id} was not found`)
    }
    const r = orderReturn as any
    const [header] = await service.listOrderAttributions({ order_id }, { take: 1 })
    const base = {
      order_attribution_id: header?.id ?? null,
      order_id,
      return_id,
      currency_code: header?.currency_code ?? "",
      decimal_digits: 2,
      sales_channel_id: header?.sales_channel_id ?? null,
      occurred_at: new Date(r.received_at ?? r.created_at).toISOString(),
      amount_minor: 0,
      records: [] as PlannedReturnRecord[],
    }
    const reversed = header ? await service.listAttributionReturns({ order_id }) : []
    const skip = !header
      ? "the order was never attributed"
      : r.exchange_id || r.claim_id
        ? `the return belongs to ${r.exchange_id ? "an exchange" : "a claim"}: goods were swapped, the sale stands`
        : reversed.some((done) => done.return_id === return_id)
          ? "the return was already reversed"
          : null
    if (skip || !header) {
      return new StepResponse<ReturnForReversal>({ ...base, skip: skip ?? "the order was never attributed" })
    }

    const digits = await decimalDigitsOf(container, header.currency_code)
    // The order module's own read: its items carry the ordered quantity, unit price, tax lines and adjustments.
    const order = await container.resolve(Modules.ORDER).retrieveOrder(order_id, {
      relations: ["items", "items.tax_lines", "items.adjustments"],
    })
    const { data: earlierReturns } = reversed.length
      ? await query.graph({ entity: "return", fields: RETURN_FIELDS, filters: { id: reversed.map((done) => done.return_id) } })
      : { data: [] as any[] }
    const before = unitsByLine(earlierReturns as any[])
    const now = unitsByLine([r])
    const lines = ((order as any)?.items ?? [])
      .filter((item: any) => now.has(item.id))
      .map((item: any) => ({
        line_net_minor: fullLineNetMinor(item as any, digits),
        line_quantity: numberOf(item.quantity),
        returned_before: before.get(item.id) ?? 0,
        returned_now: now.get(item.id) ?? 0,
      }))

    const active = await service.listAttributionRecords({ order_id, superseded_at: null }, { order: { created_at: "ASC", id: "ASC" } })
    const sales: CreditShare[] = active
      .filter((record) => record.kind === "sale")
      .map((record) => ({
        beneficiary: record.beneficiary,
        associate_id: record.associate_id ?? null,
        store_id: record.store_id ?? null,
        rule: record.rule,
        touchpoint_id: record.touchpoint_id ?? null,
        amount_minor: toMinorUnits(record.amount as any, digits),
      }))
    const stillCredited = active.reduce((sum, record) => sum + toMinorUnits(record.amount as any, digits), 0)
    const amountMinor = returnedAmountMinor(lines, stillCredited)
    const records = planReturnRecords(sales, amountMinor, returnReason(return_id, amountMinor, header.currency_code, digits)).filter(
      (record) => record.amount_minor !== 0
    )
    return new StepResponse<ReturnForReversal>({ ...base, decimal_digits: digits, skip: null, amount_minor: amountMinor, records })
  }
)
