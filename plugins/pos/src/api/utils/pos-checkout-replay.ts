import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const POLL_INTERVAL_MS = 200
const REPLAY_WAIT_MS = 30_000

/** The checkout claimed under an Idempotency-Key, with the order it produced once done. */
export async function findPosCheckout(scope: MedusaContainer, key: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [checkout] } = await query.graph({
    entity: "pos_checkout",
    fields: ["id", "cart_id", "status", "order.id"],
    filters: { idempotency_key: key },
  })
  return checkout
    ? { id: checkout.id as string, cart_id: checkout.cart_id as string, status: checkout.status as string, order_id: (checkout as any).order?.id as string | undefined }
    : null
}

/**
 * Replays a checkout for a repeated Idempotency-Key: waits while the first request is still paying (a double tap
 * arrives while the first is in flight), then returns its result. A key reused for another cart is refused; a
 * first attempt that failed released its claim, so it is gone and the caller may pay again.
 */
export async function waitForPosCheckout(scope: MedusaContainer, key: string, cartId: string) {
  const deadline = Date.now() + REPLAY_WAIT_MS
  for (;;) {
    const checkout = await findPosCheckout(scope, key)
    if (!checkout) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The first payment attempt with this Idempotency-Key failed and was undone: check the cart and pay again`
      )
    }
    if (checkout.cart_id !== cartId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Idempotency-Key ${key} was already used to pay cart ${checkout.cart_id}: use a new key for a new sale`
      )
    }
    if (checkout.status === "completed" && checkout.order_id) {
      return { ...checkout, order_id: checkout.order_id }
    }
    if (Date.now() > deadline) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This payment is still being processed: retry with the same key")
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
}
