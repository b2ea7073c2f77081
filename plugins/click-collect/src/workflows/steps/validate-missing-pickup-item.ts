import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateMissingPickupItemStepInput = {
  pickup_id: string
  item_id: string
  /** Units missing; default the whole line. */
  quantity?: number
}

/** What a missing item changes, worked out under the pickup's lock before anything is written. */
export type MissingPickupItem = {
  pickup_id: string
  order_id: string
  order_display_id: number | null
  email: string | null
  currency_code: string
  item: { id: string; title: string; sku: string | null; variant_id: string | null }
  /** Units missing, and what remains on the line. */
  missing: number
  remaining: number
  /** Every unit of the order is missing: the order is canceled rather than edited. */
  cancel_order: boolean
  /** The line's total (tax included) for the missing units; for a cancel, what is left of the captured payment. */
  refund_amount: number
  /** The captured payment the refund goes to (null if none was captured: nothing to refund). */
  payment_id: string | null
}

const REPORTABLE = ["placed", "preparing"]

/**
 * Checks a missing item can be reported (pickup placed or preparing, the item on the order, the quantity at most
 * the line's) and works out the edit and the refund. Refusals are 400s; nothing to undo.
 */
export const validateMissingPickupItemStep = createStep(
  "validate-missing-pickup-item",
  async (input: ValidateMissingPickupItemStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [pickup],
    } = await query.graph({
      entity: "pickup",
      fields: [
        "id",
        "status",
        "order.id",
      ],
      filters: { id: input.pickup_id },
    })
    const p = pickup as any
    if (!p?.order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pickup ${input.pickup_id}`)
    }
    // The order is read on its own: its lines' quantities and totals don't come through the pickup link.
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "currency_code",
        // Line totals are computed only when the order's totals are asked for too.
        "total",
        "items.*",
        "items.detail.*",
        "items.tax_lines.*",
        "items.adjustments.*",
        "items.total",
        "payment_collections.payments.id",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: p.order.id },
    })
    p.order = order
    if (!REPORTABLE.includes(p.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This pickup is ${p.status}: a missing item can only be reported while it is placed or preparing`
      )
    }
    const items: any[] = p.order.items ?? []
    const item = items.find((line) => line.id === input.item_id)
    if (!item) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item ${input.item_id} is not on order ${p.order.display_id ?? p.order.id}`)
    }
    const quantityOf = (line: any) => Number(line.quantity ?? line.detail?.quantity ?? 0)
    const lineQuantity = quantityOf(item)
    const missing = input.quantity ?? lineQuantity
    if (lineQuantity <= 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item ${item.title} is already off the order`)
    }
    if (missing > lineQuantity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Only ${lineQuantity} of ${item.title} ${lineQuantity === 1 ? "is" : "are"} on the order, not ${missing}`
      )
    }
    const remaining = lineQuantity - missing
    const othersLeft = items.filter((line) => line.id !== item.id).reduce((sum, line) => sum + quantityOf(line), 0)
    const cancelOrder = remaining === 0 && othersLeft === 0

    const payments = (p.order.payment_collections ?? []).flatMap((pc: any) => pc?.payments ?? [])
    const sum = (rows: any[] | undefined) =>
      (rows ?? []).reduce((total, row) => total + MathBN.convert(row.amount ?? 0).toNumber(), 0)
    const captured = payments.find((payment: any) => sum(payment.captures) > 0)
    const refundable = captured ? sum(captured.captures) - sum(captured.refunds) : 0
    const lineShare = round((MathBN.convert(item.total ?? 0).toNumber() * missing) / lineQuantity)

    const result: MissingPickupItem = {
      pickup_id: p.id,
      order_id: p.order.id,
      order_display_id: p.order.display_id ?? null,
      email: p.order.email ?? null,
      currency_code: p.order.currency_code,
      item: { id: item.id, title: item.title, sku: item.variant_sku ?? null, variant_id: item.variant_id ?? null },
      missing,
      remaining,
      cancel_order: cancelOrder,
      refund_amount: cancelOrder ? refundable : Math.min(lineShare, refundable),
      payment_id: captured?.id ?? null,
    }
    return new StepResponse(result)
  }
)

// Amounts are kept to the cent, as the order's totals are.
const round = (amount: number) => Math.round(amount * 100) / 100
