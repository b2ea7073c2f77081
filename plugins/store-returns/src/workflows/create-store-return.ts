import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  refundPaymentWorkflow,
  releaseLockStep,
  requestItemReturnWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { RefundMethod, StoreReturnEvents } from "../constants"
import { STORE_RETURNS_MODULE } from "../modules/store-returns"
import { claimStoreReturnStep } from "./steps/claim-store-return"
import { ensureReturnInventoryLevelsStep } from "./steps/ensure-return-inventory-levels"
import { issueStoreCreditStep } from "./steps/issue-store-credit"
import { recordStoreReturnStep } from "./steps/record-store-return"
import { StoreReturnLineInput, validateStoreReturnStep } from "./steps/validate-store-return"
import { receiveReturnAtStore } from "./utils/receive-return-at-store"

export type CreateStoreReturnWorkflowInput = {
  idempotency_key: string
  /** Hash of the request: a replay of the key with another body is refused. */
  request_hash: string
  order_id: string
  /** The acting store: the items come back to its stock location. */
  store: { id: string; stock_location_id: string }
  associate: { id: string; role: string }
  lines: StoreReturnLineInput[]
  refund_method: RefundMethod
  override?: { reason: string } | null
}

export type CreateStoreReturnWorkflowOutput = { store_return_id: string; return_id: string; refund_amount: number }

/** Money to the cent: Medusa's summary figures are decimals. */
const cents = (amount: number) => Math.round(amount * 100) / 100

/**
 * An item brought back to a store counter, taken back in one step through Medusa's own return workflows:
 * 1. the order must exist; the Idempotency-Key is claimed (unique), then the order is locked, so two returns of
 *    one order never interleave (Medusa allows one active order change per order);
 * 2. the request is checked with the same eligibility the lookup shows (over-return, delivery, window, override);
 * 3. a return is opened at this store's location, its lines requested and confirmed (beginReturnOrder,
 *    requestItemReturn, confirmReturnRequest), then received at once: `resellable` lines are received (restocked
 *    here), `damaged` lines dismissed (not restocked), after giving the store an inventory level for any item it
 *    never stocked (Medusa refuses to receive otherwise);
 * 4. the refund is what the return added to what the order owes the shopper (Medusa's order summary, so
 *    discounts and taxes are those Medusa applied); the store return, its lines and links are recorded;
 * 5. the `beforeRefund` hook runs (a shop can veto, e.g. a fraud check), then the money goes back: Medusa's refund
 *    workflow on the captured payment (`original`, or `cash` for a till sale paid in cash: the system provider
 *    records it and the associate hands the cash back), or store credit on the customer.
 * A refund can't be taken back, so it comes last: any failure before it undoes everything (no return, no level
 * created, no record, the key free again).
 */
export const createStoreReturnWorkflow = createWorkflow("create-store-return", (input: CreateStoreReturnWorkflowInput) => {
  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "currency_code"],
    filters: { id: input.order_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "read-order-to-return" })

  const claimInput = transform({ input, order }, ({ input, order }) => ({
    idempotency_key: input.idempotency_key,
    request_hash: input.request_hash,
    order_id: input.order_id,
    location_id: input.store.stock_location_id,
    refund_method: input.refund_method,
    currency_code: (order as any).currency_code as string,
  }))
  const claim = claimStoreReturnStep(claimInput)

  acquireLockStep({ key: input.order_id, timeout: 30, ttl: 120 })

  const validateInput = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    lines: input.lines,
    refund_method: input.refund_method,
    override: input.override ?? null,
    associate_role: input.associate.role,
  }))
  const validated = validateStoreReturnStep(validateInput)

  const begin = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    location_id: input.store.stock_location_id,
    created_by: input.associate.id,
  }))
  const change = beginReturnOrderWorkflow.runAsStep({ input: begin })
  const returnId = transform({ change }, ({ change }) => (change as any).return_id as string)

  const requested = transform({ input, returnId }, ({ input, returnId }) => ({
    return_id: returnId,
    items: input.lines.map((line) => ({
      id: line.line_item_id,
      quantity: line.quantity,
      reason_id: line.return_reason_id ?? undefined,
      internal_note: line.note ?? undefined,
    })),
  }))
  requestItemReturnWorkflow.runAsStep({ input: requested })
  const confirmRequest = transform({ input, returnId }, ({ input, returnId }) => ({
    return_id: returnId,
    confirmed_by: input.associate.id,
  }))
  confirmReturnRequestWorkflow.runAsStep({ input: confirmRequest })

  // The store needs an inventory level for each item before Medusa receives it there.
  const levels = transform({ input, validated }, ({ input, validated }) => ({
    location_id: input.store.stock_location_id,
    variant_ids: [...new Set(validated.lines.map((l) => l.variant_id).filter((id): id is string => !!id))],
  }))
  ensureReturnInventoryLevelsStep(levels)
  receiveReturnAtStore(
    transform({ input, returnId }, ({ input, returnId }) => ({ return_id: returnId, associate_id: input.associate.id, lines: input.lines }))
  )

  const { data: received } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "summary.*"],
    filters: { id: input.order_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "read-order-after-receive" })
  const refundAmount = transform({ validated, received }, ({ validated, received }) =>
    Math.max(0, cents(validated.pending_difference_before - Number((received as any).summary?.pending_difference ?? 0)))
  )

  const record = transform({ input, claim, returnId, refundAmount, validated }, (data) => ({
    store_return_id: data.claim.id,
    return_id: data.returnId,
    refund_amount: data.refundAmount,
    override_reason: data.validated.override_reason,
    override_by: data.validated.override_reason ? data.input.associate.id : null,
    lines: data.validated.lines,
  }))
  recordStoreReturnStep(record)

  const links = transform({ input, claim, returnId }, ({ input, claim, returnId }): LinkDefinition[] => [
    { [STORE_RETURNS_MODULE]: { store_return_id: claim.id }, [Modules.ORDER]: { return_id: returnId } },
    { storeProfile: { store_profile_id: input.store.id }, [STORE_RETURNS_MODULE]: { store_return_id: claim.id } },
    { associate: { associate_id: input.associate.id }, [STORE_RETURNS_MODULE]: { store_return_id: claim.id } },
  ])
  createRemoteLinkStep(links)

  const beforeRefund = createHook("beforeRefund", {
    store_return_id: claim.id,
    order_id: input.order_id,
    return_id: returnId,
    refund_method: input.refund_method,
    amount: refundAmount,
  })

  when("refund-to-payment", { input, refundAmount }, ({ input, refundAmount }) =>
    input.refund_method !== "store_credit" && refundAmount > 0
  ).then(() => {
    const refund = transform({ input, validated, refundAmount }, ({ input, validated, refundAmount }) => ({
      // The payment that can take the whole refund (orders here have one; a split payment refunds its largest).
      payment_id: [...validated.payments].sort((a, b) => b.refundable - a.refundable)[0].id,
      amount: refundAmount,
      created_by: input.associate.id,
      note: `Store return ${input.idempotency_key} (${input.refund_method})`,
    }))
    refundPaymentWorkflow.runAsStep({ input: refund })
  })
  when("refund-to-store-credit", { input, refundAmount }, ({ input, refundAmount }) =>
    input.refund_method === "store_credit" && refundAmount > 0
  ).then(() => {
    const credit = transform({ validated, refundAmount, claim }, ({ validated, refundAmount, claim }) => ({
      customer_id: validated.customer_id!,
      currency_code: validated.currency_code,
      amount: refundAmount,
      reference: "store_return" as const,
      reference_id: claim.id,
    }))
    issueStoreCreditStep(credit)
  })

  const events = transform({ input, claim, returnId, refundAmount, validated }, (data) => [
    {
      name: StoreReturnEvents.RETURN_COMPLETED,
      data: {
        id: data.claim.id,
        return_id: data.returnId,
        order_id: data.input.order_id,
        store_id: data.input.store.id,
        associate_id: data.input.associate.id,
      },
    },
    {
      name: StoreReturnEvents.REFUND_ISSUED,
      data: {
        id: data.claim.id,
        return_id: data.returnId,
        order_id: data.input.order_id,
        method: data.input.refund_method,
        amount: data.refundAmount,
        currency_code: data.validated.currency_code,
      },
    },
  ])
  const completedEvent = transform({ events }, ({ events }) => ({ eventName: events[0].name, data: events[0].data }))
  emitEventStep(completedEvent).config({ name: "emit-store-return-completed" })
  const refundEvent = transform({ events }, ({ events }) => ({ eventName: events[1].name, data: events[1].data }))
  emitEventStep(refundEvent).config({ name: "emit-store-return-refund-issued" })

  releaseLockStep({ key: input.order_id })

  return new WorkflowResponse(
    transform({ claim, returnId, refundAmount }, ({ claim, returnId, refundAmount }): CreateStoreReturnWorkflowOutput => ({
      store_return_id: claim.id,
      return_id: returnId,
      refund_amount: refundAmount,
    })),
    { hooks: [beforeRefund] }
  )
})
