/** The parts of the plugin options that decide what may come back. */
export type ReturnPolicy = { returnWindowDays: number; nonReturnableTag: string }

/** What an order line says about itself: what was bought, handed over and brought back so far. */
export type OrderLineFacts = {
  line_item_id: string
  title: string
  variant_id: string | null
  sku: string | null
  /** The product's tag values (a tag equal to the policy's `nonReturnableTag` makes the line non-returnable). */
  product_tags: string[]
  /** Units bought (Medusa's item detail `quantity`). */
  quantity: number
  /** Units handed over: shipped and delivered, collected in store, or taken at the till. */
  delivered_quantity: number
  /** Units on a return still open (requested, not received yet). */
  return_requested_quantity: number
  /** Units received back (restocked) and dismissed (taken back damaged). */
  return_received_quantity: number
  return_dismissed_quantity: number
  /** The line's total as paid: after discounts, taxes included. */
  total: number
  /** When the goods were last handed over (fulfilment `delivered_at`), if they were. */
  delivered_at: Date | string | null
}

export type LineStatus = "returnable" | "out_of_window" | "non_returnable" | "not_delivered" | "fully_returned"

/** One line as the associate sees it: the figures, whether it can come back, and why not in words. */
export type LineEligibility = {
  line_item_id: string
  title: string
  variant_id: string | null
  sku: string | null
  bought: number
  delivered: number
  already_returned: number
  /** Units that could come back if the policy allowed it: handed over and not returned yet. */
  returnable_quantity: number
  /** Units that can come back now, under the policy (0 when the line is out of window or non-returnable). */
  returnable_now: number
  /** What one unit cost the shopper: the line's total (discounts and taxes included) over its quantity. */
  unit_price_paid: number
  delivered_at: string | null
  days_since_delivery: number | null
  status: LineStatus
  /** A manager may accept it anyway, with a reason (out of window only). */
  override_allowed: boolean
  /** Why the line can or can't come back, one sentence each. */
  explanations: string[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Rounds money to the cent, as the till shows it. */
const cents = (amount: number) => Math.round(amount * 100) / 100

/**
 * Decides, for one order line, how many units may come back and why, under the shop's return policy. The only
 * place eligibility is computed: the order lookup shows it and the store return enforces it.
 */
export function lineEligibility(line: OrderLineFacts, policy: ReturnPolicy, now: Date = new Date()): LineEligibility {
  const bought = Number(line.quantity)
  const delivered = Number(line.delivered_quantity)
  const alreadyReturned =
    Number(line.return_requested_quantity) + Number(line.return_received_quantity) + Number(line.return_dismissed_quantity)
  const returnable = Math.max(0, delivered - alreadyReturned)
  const deliveredAt = line.delivered_at ? new Date(line.delivered_at) : null
  const days = deliveredAt ? Math.floor((now.getTime() - deliveredAt.getTime()) / DAY_MS) : null
  const tagged = line.product_tags.includes(policy.nonReturnableTag)
  const explanations: string[] = []

  if (alreadyReturned > 0) {
    explanations.push(`already returned ${alreadyReturned} of ${bought}`)
  }
  if (delivered < bought) {
    explanations.push(delivered === 0 ? "not delivered yet" : `only ${delivered} of ${bought} delivered yet`)
  }

  let status: LineStatus = "returnable"
  if (tagged) {
    status = "non_returnable"
    explanations.push(`non-returnable product (tag ${policy.nonReturnableTag})`)
  } else if (delivered === 0) {
    status = "not_delivered"
  } else if (returnable === 0) {
    status = "fully_returned"
  } else if (days !== null && days > policy.returnWindowDays) {
    status = "out_of_window"
    explanations.push(`delivered ${days} days ago; window is ${policy.returnWindowDays}`)
  } else if (days !== null) {
    explanations.push(
      `delivered ${days} day${days === 1 ? "" : "s"} ago; ${policy.returnWindowDays - days} day${policy.returnWindowDays - days === 1 ? "" : "s"} left to return`
    )
  }

  return {
    line_item_id: line.line_item_id,
    title: line.title,
    variant_id: line.variant_id,
    sku: line.sku,
    bought,
    delivered,
    already_returned: alreadyReturned,
    returnable_quantity: tagged ? 0 : returnable,
    returnable_now: status === "returnable" ? returnable : 0,
    unit_price_paid: bought > 0 ? cents(Number(line.total) / bought) : 0,
    delivered_at: deliveredAt ? deliveredAt.toISOString() : null,
    days_since_delivery: days,
    status,
    override_allowed: status === "out_of_window",
    explanations,
  }
}

/** What the associate asks to take back. */
export type RequestedLine = { line_item_id: string; quantity: number }

/** Why a request is refused: `forbidden_override` is a 403, the others are 400s. */
export type ReturnRefusal = { kind: "invalid" | "forbidden_override"; message: string }

/**
 * Checks a store return request against the lines' eligibility. Over-returns, lines not on the order, units not
 * handed over yet and non-returnable products are always refused; out-of-window lines pass only with a manager's
 * override that gives a reason. Returns null when the request may go ahead.
 */
export function refuseReturnRequest(
  lines: LineEligibility[],
  requested: RequestedLine[],
  override: { reason: string; by_manager: boolean } | null
): ReturnRefusal | null {
  if (override && !override.by_manager) {
    return { kind: "forbidden_override", message: "Only a store manager can accept a return outside the policy" }
  }
  const seen = new Set<string>()
  const problems: string[] = []
  let needsOverride = false
  for (const request of requested) {
    const line = lines.find((l) => l.line_item_id === request.line_item_id)
    if (!line) {
      problems.push(`line ${request.line_item_id} is not on this order`)
      continue
    }
    if (seen.has(line.line_item_id)) {
      problems.push(`line ${line.line_item_id} (${line.title}) is listed twice`)
      continue
    }
    seen.add(line.line_item_id)
    const name = `line ${line.line_item_id} (${line.title})`
    if (line.status === "non_returnable") {
      problems.push(`${name}: ${line.explanations.join("; ")}`)
      continue
    }
    if (request.quantity > line.returnable_quantity) {
      problems.push(
        `${name}: ${request.quantity} asked, ${line.returnable_quantity} can come back` +
          ` (bought ${line.bought}, delivered ${line.delivered}, already returned ${line.already_returned})`
      )
      continue
    }
    if (line.status === "out_of_window") {
      needsOverride = true
      if (!override) {
        problems.push(`${name}: ${line.explanations.join("; ")} (a manager can accept it with a reason)`)
      }
    }
  }
  if (problems.length) {
    return { kind: "invalid", message: `This return can't be taken: ${problems.join("; ")}` }
  }
  if (needsOverride && override && !override.reason.trim()) {
    return { kind: "invalid", message: "Say why the manager accepts this return outside the policy" }
  }
  return null
}
