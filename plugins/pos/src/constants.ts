/** Header carrying the client's idempotency key on POS checkouts: a double tap must never make two orders. */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key"
