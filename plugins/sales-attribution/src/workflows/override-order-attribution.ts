import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SalesAttributionEvents } from "../constants"
import { toMajorUnits } from "../utils/minor-units"
import { planOverrideSales } from "../utils/plan-attribution"
import { overrideReason, returnReason } from "../utils/reason-text"
import { planReturnRecords } from "../utils/return-amount"
import { attributionLockKey } from "./attribute-order"
import { type AttributionRecordToCreate, createAttributionRecordsStep } from "./steps/create-attribution-records"
import { createAttributionOverrideStep } from "./steps/create-attribution-override"
import { supersedeAttributionRecordsStep } from "./steps/supersede-attribution-records"
import { updateOrderAttributionStep } from "./steps/update-order-attribution"
import { type OverrideAssignment, validateAttributionOverrideStep } from "./steps/validate-attribution-override"

export type OverrideOrderAttributionWorkflowInput = {
  order_id: string
  /** Why, in the manager's words (kept in the audit row and the records' reasons). */
  reason: string
  actor: { type: "associate" | "user"; id: string }
  /** The store the manager acts for; null for an admin user. */
  store_id: string | null
  assignment: OverrideAssignment
  /** When the override happens (ISO): superseded records are stamped with it. */
  at: string
}

export type OverrideOrderAttributionWorkflowOutput = { order_attribution_id: string; override_id: string }

/**
 * A manager reassigns an order's credit, with a reason. Nothing is deleted:
 * 1. the order is locked for attribution; the override is checked (see `validateAttributionOverrideStep`);
 * 2. the audit row is written (who, why, the records before, what was asked);
 * 3. every active record of the order (sales and returns) is marked superseded by the override;
 * 4. new sale records give the whole credit base to the named associates (split evenly to the cent) or to the house
 *    account, and every return already reversed is taken back again in the new proportions;
 * 5. the header says `override` and why; `sales-attribution.order.overridden` is emitted.
 * Any failure undoes every write: no audit row, the superseded records active again, no new records, the header as
 * it was.
 */
export const overrideOrderAttributionWorkflow = createWorkflow(
  "override-order-attribution",
  (input: OverrideOrderAttributionWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => attributionLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const validated = validateAttributionOverrideStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        actor: input.actor,
        store_id: input.store_id,
        assignment: input.assignment,
      }))
    )

    const override = createAttributionOverrideStep(
      transform({ input, validated }, ({ input, validated }) => ({
        order_id: input.order_id,
        reason: input.reason,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
        store_id: input.store_id,
        previous: validated.previous,
        assignment: input.assignment,
      }))
    )

    supersedeAttributionRecordsStep(
      transform({ input, validated, override }, ({ input, validated, override }) => ({
        record_ids: validated.previous.records.map((record) => record.id),
        override_id: override.id,
        at: input.at,
      }))
    )

    const headerReason = transform({ input, validated }, ({ input, validated }) => overrideReason(validated.actor, input.reason))
    const records = transform({ validated, override, headerReason }, ({ validated, override, headerReason }): AttributionRecordToCreate[] => {
      const sales = planOverrideSales({
        gross_minor: validated.gross_minor,
        assignees: validated.assignees,
        override_reason: headerReason,
        house_account_name: validated.house_account_name,
      })
      const common = {
        order_attribution_id: validated.order_attribution_id,
        order_id: validated.order_id,
        sales_channel_id: validated.sales_channel_id,
        currency_code: validated.currency_code,
        written_by_override_id: override.id,
      }
      const toMajor = (minor: number) => toMajorUnits(minor, validated.decimal_digits)
      const saleRecords: AttributionRecordToCreate[] = sales.map((sale) => ({
        ...common,
        kind: "sale",
        return_id: null,
        beneficiary: sale.beneficiary,
        associate_id: sale.associate_id,
        store_id: sale.store_id,
        amount: toMajor(sale.amount_minor),
        rule: sale.rule,
        reason: sale.reason,
        touchpoint_id: null,
        occurred_at: validated.placed_at,
      }))
      const returnRecords = validated.returns.flatMap((done) =>
        planReturnRecords(
          sales,
          done.amount_minor,
          returnReason(done.return_id, done.amount_minor, validated.currency_code, validated.decimal_digits)
        )
          .filter((record) => record.amount_minor !== 0)
          .map(
            (record): AttributionRecordToCreate => ({
              ...common,
              kind: "return",
              return_id: done.return_id,
              beneficiary: record.beneficiary,
              associate_id: record.associate_id,
              store_id: record.store_id,
              amount: toMajor(record.amount_minor),
              rule: record.rule,
              reason: record.reason,
              touchpoint_id: null,
              occurred_at: done.occurred_at,
            })
          )
      )
      return [...saleRecords, ...returnRecords]
    })
    createAttributionRecordsStep(records).config({ name: "create-override-attribution-records" })

    updateOrderAttributionStep(
      transform({ validated, headerReason }, ({ validated, headerReason }) => ({
        id: validated.order_attribution_id,
        rule: "override" as const,
        reason: headerReason,
      }))
    )

    emitEventStep(
      transform({ input, override }, ({ input, override }) => ({
        eventName: SalesAttributionEvents.ORDER_OVERRIDDEN,
        data: { id: override.id, order_id: input.order_id, actor_id: input.actor.id },
      }))
    ).config({ name: "emit-order-overridden" })

    releaseLockStep({ key: lockKey }).config({ name: "release-override-attribution-lock" })

    return new WorkflowResponse(
      transform({ validated, override }, ({ validated, override }): OverrideOrderAttributionWorkflowOutput => ({
        order_attribution_id: validated.order_attribution_id,
        override_id: override.id,
      }))
    )
  }
)
