/** Header carrying the client's idempotency key on POS checkouts: a double tap must never make two orders. */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key"

/** Fulfilment set type of a store's counter: goods handed over at the till, the moment the sale is paid. */
export const TAKE_AWAY_FULFILLMENT_SET_TYPE = "take-away"

/** Shipping option type code of the take-away option each selling store has (free, at the store). */
export const TAKE_AWAY_OPTION_TYPE_CODE = "take-away"

/** Medusa's system payment provider: records POS cash and card-terminal payments, which settle outside Medusa. */
export const POS_PAYMENT_PROVIDER_ID = "pp_system_default"

