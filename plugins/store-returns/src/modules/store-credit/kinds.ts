/**
 * What moved a store credit balance: `refund` (a return paid back as credit), `spend` (a cart paid with it),
 * `spend_reversal` (credit given back for a spent order, e.g. when it is canceled) and `adjustment` (an admin's
 * correction, either sign).
 */
export const STORE_CREDIT_ENTRY_KINDS = ["refund", "spend", "spend_reversal", "adjustment"] as const
export type StoreCreditEntryKind = (typeof STORE_CREDIT_ENTRY_KINDS)[number]

/** Kinds that add to the balance, and the kind that takes from it (under the account lock). */
export const CREDIT_KINDS = ["refund", "spend_reversal", "adjustment"] as const
export type CreditKind = (typeof CREDIT_KINDS)[number]
