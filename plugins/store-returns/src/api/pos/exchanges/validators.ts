import { z } from "@medusajs/framework/zod"
import { RETURN_CONDITIONS } from "../../../constants"

const ReturnedLine = z
  .object({
    line_item_id: z.string({ error: "line_item_id is required" }).min(1),
    quantity: z.number({ error: "quantity must be a number" }).int({ error: "quantity must be a whole number" }).positive({
      error: "quantity must be at least 1",
    }),
    condition: z.enum(RETURN_CONDITIONS, { error: `condition must be one of ${RETURN_CONDITIONS.join(", ")}` }),
    return_reason_id: z.string().min(1).optional(),
    note: z.string().max(1000).optional(),
  })
  .strict()

const NewItem = z
  .object({
    variant_id: z.string({ error: "variant_id is required" }).min(1),
    quantity: z.number({ error: "quantity must be a number" }).int({ error: "quantity must be a whole number" }).positive({
      error: "quantity must be at least 1",
    }),
  })
  .strict()

const money = z.number({ error: "amounts are numbers" }).positive({ error: "amounts must be more than 0" })

/** How the shopper pays a difference they owe, as at the till (the POS plugin's tenders). */
const CounterPayment = z.discriminatedUnion(
  "method",
  [
    z.object({ method: z.literal("cash"), tendered: money }).strict(),
    z.object({ method: z.literal("card"), amount: money.optional(), reference: z.string().trim().min(1, { error: "Give the card terminal's reference" }) }).strict(),
  ],
  { error: "each payment is { method: cash, tendered } or { method: card, reference, amount? }" }
)

/** Only money back to how the shopper paid: store credit is not offered on an exchange. */
export const EXCHANGE_REFUND_METHODS = ["original", "cash"] as const

/**
 * An exchange as the tablet sends it: the order lines taken back (with their condition, as for a store return),
 * the variants handed over from this store's shelf, and how a difference is settled: `payments` when the shopper
 * owes, `refund_method` (default `original`; `cash` for a till sale paid in cash) when they get money back.
 * `store_id` or `location_id`, when given, must name the acting store (another store's is refused with 403).
 */
export const PosCreateStoreExchange = z
  .object({
    order_id: z.string({ error: "order_id is required" }).min(1),
    return_lines: z.array(ReturnedLine, { error: "return_lines are required" }).min(1, { error: "Pick at least one line to take back" }),
    new_items: z.array(NewItem, { error: "new_items are required" }).min(1, { error: "Pick at least one item to hand over" }),
    payments: z.array(CounterPayment).optional(),
    refund_method: z
      .enum(EXCHANGE_REFUND_METHODS, { error: `refund_method must be one of ${EXCHANGE_REFUND_METHODS.join(", ")}` })
      .optional(),
    override: z.object({ reason: z.string().trim().min(1, { error: "Give the reason for the override" }) }).strict().optional(),
    store_id: z.string().min(1).optional(),
    location_id: z.string().min(1).optional(),
  })
  .strict()
export type PosCreateStoreExchangeType = z.infer<typeof PosCreateStoreExchange>
