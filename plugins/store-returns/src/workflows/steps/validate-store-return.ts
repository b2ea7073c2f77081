import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundMethod, ReturnCondition } from "../../constants"
import { STORE_RETURNS_MODULE } from "../../modules/store-returns"
import type StoreReturnsModuleService from "../../modules/store-returns/service"
import { refuseReturnRequest } from "../../utils/return-eligibility"
import { readReturnableOrders } from "../../utils/returnable-orders"

export type StoreReturnLineInput = {
  line_item_id: string
  quantity: number
  condition: ReturnCondition
  return_reason_id?: string | null
  note?: string | null
}

export type ValidateStoreReturnStepInput = {
  order_id: string
  lines: StoreReturnLineInput[]
  refund_method: RefundMethod
  override: { reason: string } | null
  associate_role: string
}

export type ValidatedStoreReturn = {
  order_id: string
  currency_code: string
  customer_id: string | null
  /** Medusa's order summary before the return: the refund is what the return adds to what is owed. */
  pending_difference_before: number
  /** The order's captured payments, with what is still refundable on each. */
  payments: { id: string; refundable: number }[]
  lines: (StoreReturnLineInput & { variant_id: string | null })[]
  /** Set when a manager accepted lines outside the policy. */
  override_reason: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a store return before anything moves, with the one eligibility computation the lookup shows: lines on
 * the order, no over-return, delivered units only, in window (or a manager's override with a reason: anyone else
 * gets a 403), return reasons that exist, and a refund method that fits how the order was paid (cash for a till
 * sale paid in cash, the original payment otherwise, store credit for a known customer). Reads only.
 */
export const validateStoreReturnStep = createStep(
  "validate-store-return",
  async (input: ValidateStoreReturnStepInput, { container }) => {
    const policy = container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE).options
    const [order] = await readReturnableOrders(container, { id: input.order_id }, policy, { limit: 1 })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    if (order.status === "canceled") {
      throw invalid(`Order #${order.display_id} was canceled: nothing to return`)
    }
    const refusal = refuseReturnRequest(
      order.lines,
      input.lines,
      input.override ? { reason: input.override.reason, by_manager: input.associate_role === "manager" } : null
    )
    if (refusal) {
      throw new MedusaError(
        refusal.kind === "forbidden_override" ? MedusaError.Types.FORBIDDEN : MedusaError.Types.INVALID_DATA,
        refusal.message
      )
    }
    const outOfWindow = input.lines.some((l) => order.lines.find((o) => o.line_item_id === l.line_item_id)?.status === "out_of_window")

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const reasonIds = [...new Set(input.lines.map((l) => l.return_reason_id).filter((id): id is string => !!id))]
    if (reasonIds.length) {
      const { data: reasons } = await query.graph({ entity: "return_reason", fields: ["id"], filters: { id: reasonIds } })
      const unknown = reasonIds.filter((id) => !(reasons as any[]).some((r) => r.id === id))
      if (unknown.length) {
        throw invalid(`Unknown return reason ${unknown.join(", ")}`)
      }
    }

    const { data: [paid] } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "summary.*",
        "payment_collections.payments.id",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: input.order_id },
    })
    const payments = ((paid as any).payment_collections ?? [])
      .flatMap((c: any) => c.payments ?? [])
      .map((p: any) => {
        const captured = (p.captures ?? []).reduce((sum: number, c: any) => sum + Number(c.amount), 0)
        const refunded = (p.refunds ?? []).reduce((sum: number, r: any) => sum + Number(r.amount), 0)
        return { id: p.id as string, refundable: captured - refunded }
      })
      .filter((p: { refundable: number }) => p.refundable > 0)

    if (input.refund_method === "cash" && !order.paid_in_cash) {
      throw invalid(`Order #${order.display_id} wasn't paid in cash at a till: refund it to the original payment or to store credit`)
    }
    if (input.refund_method === "original" && order.paid_in_cash) {
      throw invalid(`Order #${order.display_id} was paid in cash at a till: refund it in cash or to store credit`)
    }
    if (input.refund_method !== "store_credit" && !payments.length) {
      throw invalid(`Order #${order.display_id} has no captured payment left to refund`)
    }
    if (input.refund_method === "store_credit" && !(paid as any).customer_id) {
      throw invalid(`Order #${order.display_id} has no customer to give store credit to`)
    }

    const validated: ValidatedStoreReturn = {
      order_id: order.id,
      currency_code: order.currency_code,
      customer_id: (paid as any).customer_id ?? null,
      pending_difference_before: Number((paid as any).summary?.pending_difference ?? 0),
      payments,
      lines: input.lines.map((line) => ({
        ...line,
        variant_id: order.lines.find((o) => o.line_item_id === line.line_item_id)!.variant_id,
      })),
      override_reason: outOfWindow && input.override ? input.override.reason.trim() : null,
    }
    return new StepResponse(validated)
  }
)
