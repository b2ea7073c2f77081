import type { AttributionRule, Beneficiary, RecordRule } from "../constants"
import { splitByLargestRemainder } from "./largest-remainder"
import type { OnlineRule } from "./options"
import {
  clickCollectShareReason,
  houseReason,
  type NamedActor,
  posSaleReason,
  singleTouchReason,
  splitReason,
  splitRecordReason,
  type TouchForReason,
  touchPhrase,
} from "./reason-text"

/** All basis points: a store share of `s` basis points leaves `FULL_SHARE - s` to the rest. */
export const FULL_SHARE = 10_000

/** A touchpoint that may earn an order's credit, with the names its reason needs. */
export type CandidateTouchpoint = TouchForReason & {
  id: string
  associate_id: string
  store_id: string
  customer_id: string | null
  cart_id: string | null
  expires_at: Date | string
}

/** The order as the rules see it. */
export type OrderToPlan = {
  placed_at: Date | string
  /** The credit base in minor units: total + store credit spent − tax. */
  base_minor: number
  /** The order's customer and every customer with the same email (a guest checkout creates a second customer). */
  customer_ids: string[]
  cart_id: string | null
  sales_channel_name: string | null
}

/** The configured rules (plugin options). */
export type AttributionRules = {
  online_rule: OnlineRule
  window_days: number
  /** Store share of a click & collect order, in basis points (0–10000). */
  click_collect_share_bp: number
  house_account_name: string
}

export type PlanAttributionInput = {
  order: OrderToPlan
  /** Who rang the sale up, when it was rung up on a till (the pos plugin links the order to them). */
  pos_sale: (NamedActor & { associate_id: string; store_id: string }) | null
  /** The store that hands a click & collect order over (from the pickup shipping option), else null. */
  pickup_store: { id: string; code: string } | null
  touchpoints: CandidateTouchpoint[]
  rules: AttributionRules
}

/** One credit to write, in minor units. */
export type PlannedRecord = {
  beneficiary: Beneficiary
  associate_id: string | null
  store_id: string | null
  amount_minor: number
  rule: RecordRule
  reason: string
  touchpoint_id: string | null
}

export type AttributionPlan = { rule: AttributionRule; reason: string; records: PlannedRecord[] }

const time = (value: Date | string) => new Date(value).getTime()

/** Is this touchpoint about this order's customer or cart, and was the order placed within its window? */
export function touchpointCounts(touchpoint: CandidateTouchpoint, order: OrderToPlan): boolean {
  const sameCustomer = !!touchpoint.customer_id && order.customer_ids.includes(touchpoint.customer_id)
  const sameCart = !!touchpoint.cart_id && touchpoint.cart_id === order.cart_id
  const placed = time(order.placed_at)
  return (sameCustomer || sameCart) && time(touchpoint.occurred_at) <= placed && placed < time(touchpoint.expires_at)
}

/** Earliest first; on the same instant, the smaller id first. */
const byOccurrence = (a: CandidateTouchpoint, b: CandidateTouchpoint) =>
  time(a.occurred_at) - time(b.occurred_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

type Part = Omit<PlannedRecord, "amount_minor">

/**
 * Decides who gets an order's credit, and why. Pure: the workflow step gathers the order, its links and the candidate
 * touchpoints, this applies the rules.
 * 1. A POS sale: all to the associate who rang it up (rule `pos_sale`).
 * 2. An online order with touchpoints for its customer (or a customer with its email) or its cart, placed within
 *    their window (`occurred_at ≤ placed_at < expires_at`): `last_touch` (the latest touch; same instant: larger id),
 *    `first_touch` (the earliest), or `split` (even shares between the distinct associates, each with the store of
 *    their latest touch, listed by first touch).
 * 3. Otherwise the house account of the order's channel (rule `house`).
 * 4. A click & collect order with a store share `s > 0`: the handing-over store gets `s`, the rest is shared as
 *    above, all in one largest-remainder pass (store weight `s × n`, each of the n other parts `10000 − s`).
 */
export function planAttribution(input: PlanAttributionInput): AttributionPlan {
  const { order, rules } = input
  if (input.pos_sale) {
    const reason = posSaleReason(input.pos_sale)
    const part: Part = {
      beneficiary: "associate",
      associate_id: input.pos_sale.associate_id,
      store_id: input.pos_sale.store_id,
      rule: "pos_sale",
      reason,
      touchpoint_id: null,
    }
    return { rule: "pos_sale", reason, records: withAmounts(order.base_minor, [part], [1]) }
  }

  const touches = input.touchpoints.filter((touchpoint) => touchpointCounts(touchpoint, order)).sort(byOccurrence)
  let rule: AttributionRule
  let reason: string
  let parts: Part[]
  if (!touches.length) {
    rule = "house"
    reason = houseReason(rules.window_days, rules.house_account_name, order.sales_channel_name)
    parts = [{ beneficiary: "house", associate_id: null, store_id: null, rule, reason, touchpoint_id: null }]
  } else if (rules.online_rule === "split") {
    rule = "split"
    const associates = associatesByFirstTouch(touches)
    reason = splitReason(associates.map(({ latest }) => latest), rules.window_days)
    parts = associates.map(({ latest }) => ({
      beneficiary: "associate",
      associate_id: latest.associate_id,
      store_id: latest.store_id,
      rule,
      reason: splitRecordReason(touchPhrase(latest, order.placed_at), associates.length, rules.window_days),
      touchpoint_id: latest.id,
    }))
  } else {
    rule = rules.online_rule
    const touch = rule === "last_touch" ? touches[touches.length - 1] : touches[0]
    reason = singleTouchReason(touchPhrase(touch, order.placed_at), rule, rules.window_days)
    parts = [{ beneficiary: "associate", associate_id: touch.associate_id, store_id: touch.store_id, rule, reason, touchpoint_id: touch.id }]
  }

  const share = rules.click_collect_share_bp
  if (!input.pickup_store || share <= 0) {
    return { rule, reason, records: withAmounts(order.base_minor, parts, parts.map(() => 1)) }
  }
  const storeReason = clickCollectShareReason(input.pickup_store.code, share)
  const storePart: Part = {
    beneficiary: "store",
    associate_id: null,
    store_id: input.pickup_store.id,
    rule: "click_collect_share",
    reason: storeReason,
    touchpoint_id: null,
  }
  const weights = [share * parts.length, ...parts.map(() => FULL_SHARE - share)]
  return {
    rule,
    reason: `${reason}; ${storeReason}`,
    records: withAmounts(order.base_minor, [storePart, ...parts], weights),
  }
}

/** The distinct associates among the touches (sorted by occurrence), each with their latest touch, by first touch. */
function associatesByFirstTouch(touches: CandidateTouchpoint[]) {
  const byAssociate = new Map<string, { first: CandidateTouchpoint; latest: CandidateTouchpoint }>()
  for (const touch of touches) {
    const seen = byAssociate.get(touch.associate_id)
    byAssociate.set(touch.associate_id, seen ? { first: seen.first, latest: touch } : { first: touch, latest: touch })
  }
  return [...byAssociate.values()]
}

function withAmounts(totalMinor: number, parts: Part[], weights: number[]): PlannedRecord[] {
  const amounts = splitByLargestRemainder(totalMinor, weights)
  return parts.map((part, index) => ({ ...part, amount_minor: amounts[index] }))
}

/** Who a manager gives an order's credit to: associates (even split), or the house account. */
export type OverrideAssignee = NamedActor & { associate_id: string; store_id: string }

/**
 * The sale records an override writes: the whole credit base to the named associates, split evenly (largest
 * remainder, the first named takes the odd cent), or to the house account.
 */
export function planOverrideSales(input: {
  gross_minor: number
  assignees: OverrideAssignee[]
  override_reason: string
  house_account_name: string
}): PlannedRecord[] {
  if (!input.assignees.length) {
    const reason = `${input.override_reason}; credited to the ${input.house_account_name}`
    const part: Part = { beneficiary: "house", associate_id: null, store_id: null, rule: "override", reason, touchpoint_id: null }
    return withAmounts(input.gross_minor, [part], [1])
  }
  const count = input.assignees.length
  const parts = input.assignees.map(
    (assignee): Part => ({
      beneficiary: "associate",
      associate_id: assignee.associate_id,
      store_id: assignee.store_id,
      rule: "override",
      reason:
        count > 1
          ? `${input.override_reason}; split evenly between ${count} associates`
          : `${input.override_reason}; credited to ${assignee.first_name} (${assignee.store_code})`,
      touchpoint_id: null,
    })
  )
  return withAmounts(input.gross_minor, parts, parts.map(() => 1))
}
