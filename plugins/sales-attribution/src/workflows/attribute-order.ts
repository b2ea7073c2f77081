import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SalesAttributionEvents } from "../constants"
import { SALES_ATTRIBUTION_MODULE } from "../modules/sales-attribution"
import { toMajorUnits } from "../utils/minor-units"
import { planAttribution } from "../utils/plan-attribution"
import { claimOrderAttributionStep } from "./steps/claim-order-attribution"
import { type AttributionRecordToCreate, createAttributionRecordsStep } from "./steps/create-attribution-records"
import { createPosSaleTouchpointStep } from "./steps/create-pos-sale-touchpoint"
import { readOrderForAttributionStep } from "./steps/read-order-for-attribution"

export type AttributeOrderWorkflowInput = { order_id: string }

export type AttributeOrderWorkflowOutput = {
  order_attribution_id: string
  /** False when the order was already attributed (a second delivery of `order.placed`): nothing was written. */
  created: boolean
}

/** The lock key every attribution workflow of one order takes, so they never interleave. */
export const attributionLockKey = (orderId: string) => `attribution:${orderId}`

/**
 * Credits a placed order by the configured rules (see `planAttribution`), once:
 * 1. the order is locked for attribution and read with what the rules need (POS links, pickup store, touchpoints);
 * 2. the plan is made (pure), then the header is claimed (unique `order_id`): a second run for the same order
 *    stops there and writes nothing;
 * 3. the records are written (amounts in major units, split to the cent), a POS sale is recorded as a `pos_sale`
 *    touchpoint (so the customer's later online orders can credit the associate), the header is linked to the
 *    order, and `sales-attribution.order.attributed` is emitted.
 * Any failure undoes every write (header, records, touchpoint, link).
 */
export const attributeOrderWorkflow = createWorkflow("attribute-order", (input: AttributeOrderWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => attributionLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

  const order = readOrderForAttributionStep({ order_id: input.order_id })
  const plan = transform({ order }, ({ order }) => planAttribution(order.plan_input))

  const claimInput = transform({ order, plan }, ({ order, plan }) => ({
    order_id: order.order_id,
    rule: plan.rule,
    reason: plan.reason,
    placed_at: order.placed_at,
    sales_channel_id: order.sales_channel_id,
    currency_code: order.currency_code,
    gross_amount: toMajorUnits(order.plan_input.order.base_minor, order.decimal_digits),
  }))
  const claim = claimOrderAttributionStep(claimInput)

  when("new-order-attribution", { claim }, ({ claim }) => claim.created).then(() => {
    const records = transform({ order, plan, claim }, ({ order, plan, claim }): AttributionRecordToCreate[] =>
      plan.records.map((record) => ({
        order_attribution_id: claim.id,
        order_id: order.order_id,
        kind: "sale",
        return_id: null,
        beneficiary: record.beneficiary,
        associate_id: record.associate_id,
        store_id: record.store_id,
        sales_channel_id: order.sales_channel_id,
        currency_code: order.currency_code,
        amount: toMajorUnits(record.amount_minor, order.decimal_digits),
        rule: record.rule,
        reason: record.reason,
        touchpoint_id: record.touchpoint_id,
        occurred_at: order.placed_at,
        written_by_override_id: null,
      }))
    )
    createAttributionRecordsStep(records)

    const touchpoint = transform({ order }, ({ order }) => {
      const pos = order.plan_input.pos_sale
      return pos
        ? {
            order_id: order.order_id,
            associate_id: pos.associate_id,
            store_id: pos.store_id,
            customer_id: order.customer_id,
            cart_id: order.cart_id,
            occurred_at: order.placed_at,
            window_days: order.plan_input.rules.window_days,
          }
        : null
    })
    createPosSaleTouchpointStep(touchpoint)

    const link = transform({ order, claim }, ({ order, claim }): LinkDefinition[] => [
      { [SALES_ATTRIBUTION_MODULE]: { order_attribution_id: claim.id }, [Modules.ORDER]: { order_id: order.order_id } },
    ])
    createRemoteLinkStep(link)

    const event = transform({ order, plan, claim }, ({ order, plan, claim }) => ({
      eventName: SalesAttributionEvents.ORDER_ATTRIBUTED,
      data: { id: claim.id, order_id: order.order_id, rule: plan.rule },
    }))
    emitEventStep(event).config({ name: "emit-order-attributed" })
  })

  releaseLockStep({ key: lockKey }).config({ name: "release-order-attribution-lock" })

  return new WorkflowResponse(
    transform({ claim }, ({ claim }): AttributeOrderWorkflowOutput => ({ order_attribution_id: claim.id, created: claim.created }))
  )
})
