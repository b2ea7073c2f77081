import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { type ReturnSource, SalesAttributionEvents } from "../constants"
import { toMajorUnits } from "../utils/minor-units"
import { attributionLockKey } from "./attribute-order"
import { claimAttributionReturnStep } from "./steps/claim-attribution-return"
import { type AttributionRecordToCreate, createAttributionRecordsStep } from "./steps/create-attribution-records"
import { readReturnForReversalStep } from "./steps/read-return-for-reversal"

export type ReverseOrderAttributionWorkflowInput = {
  order_id: string
  return_id: string
  /** The event that reported the return. */
  source: ReturnSource
}

export type ReverseOrderAttributionWorkflowOutput = {
  attribution_return_id: string | null
  /** False when nothing was written: already reversed, an exchange or claim, or an order never attributed. */
  reversed: boolean
  /** Why nothing was taken back, when nothing was. */
  skipped: string | null
  /** The credit taken back, in major units. */
  amount: number
}

/**
 * Takes credit back for a received return, once per return:
 * 1. the order is locked for attribution (the two events of a store return may arrive together);
 * 2. the return is read and its credit worked out (see `readReturnForReversalStep`); exchanges, claims, orders never
 *    attributed and returns already reversed stop here;
 * 3. the return is claimed (unique `return_id`), negative records are written in the proportions of the active
 *    sale records, and `sales-attribution.order.reversed` is emitted.
 * Any failure undoes the claim and the records.
 */
export const reverseOrderAttributionWorkflow = createWorkflow(
  "reverse-order-attribution",
  (input: ReverseOrderAttributionWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => attributionLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const reversal = readReturnForReversalStep({ order_id: input.order_id, return_id: input.return_id })
    const claimInput = transform({ input, reversal }, ({ input, reversal }) =>
      reversal.skip
        ? null
        : {
            return_id: input.return_id,
            order_id: input.order_id,
            source: input.source,
            amount: toMajorUnits(reversal.amount_minor, reversal.decimal_digits),
            occurred_at: reversal.occurred_at,
          }
    )
    const claim = claimAttributionReturnStep(claimInput)

    when("new-attribution-return", { claim }, ({ claim }) => claim.created).then(() => {
      const records = transform({ reversal }, ({ reversal }): AttributionRecordToCreate[] =>
        reversal.records.map((record) => ({
          order_attribution_id: reversal.order_attribution_id!,
          order_id: reversal.order_id,
          kind: "return",
          return_id: reversal.return_id,
          beneficiary: record.beneficiary,
          associate_id: record.associate_id,
          store_id: record.store_id,
          sales_channel_id: reversal.sales_channel_id,
          currency_code: reversal.currency_code,
          amount: toMajorUnits(record.amount_minor, reversal.decimal_digits),
          rule: record.rule,
          reason: record.reason,
          touchpoint_id: record.touchpoint_id,
          occurred_at: reversal.occurred_at,
          written_by_override_id: null,
        }))
      )
      createAttributionRecordsStep(records)

      const event = transform({ reversal, claim }, ({ reversal, claim }) => ({
        eventName: SalesAttributionEvents.ORDER_REVERSED,
        data: {
          id: claim.id,
          order_id: reversal.order_id,
          return_id: reversal.return_id,
          amount: toMajorUnits(reversal.amount_minor, reversal.decimal_digits),
        },
      }))
      emitEventStep(event).config({ name: "emit-order-reversed" })
    })

    releaseLockStep({ key: lockKey }).config({ name: "release-return-attribution-lock" })

    return new WorkflowResponse(
      transform({ reversal, claim }, ({ reversal, claim }): ReverseOrderAttributionWorkflowOutput => ({
        attribution_return_id: claim.created ? claim.id : null,
        reversed: claim.created,
        skipped: reversal.skip ?? (claim.created ? null : "the return was already reversed"),
        amount: claim.created ? toMajorUnits(reversal.amount_minor, reversal.decimal_digits) : 0,
      }))
    )
  }
)
