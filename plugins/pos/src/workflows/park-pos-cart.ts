import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PARKING_LINE_FIELDS, parkedSnapshot } from "./parked-lines"
import { setPosCartParkingStep } from "./steps/set-pos-cart-parking"
import { validatePosCartParkingStep } from "./steps/validate-pos-cart-parking"

export type ParkPosCartWorkflowInput = {
  cart_id: string
  /** The stock location of the store parking it: the snapshot records what it can sell now. */
  stock_location_id: string
  note?: string | null
}

export const PARKING_CART_FIELDS = [
  "id",
  "currency_code",
  "pos_cart.id",
  "pos_cart.status",
  "pos_cart.parked_snapshot",
  ...PARKING_LINE_FIELDS,
]

/**
 * Puts an open sale aside ("the customer comes back after lunch"): the POS record becomes parked, with the note
 * and a snapshot of the lines (price, units the store could sell). It holds no stock: Medusa reserves nothing
 * before a cart is completed, and parking creates no reservation either. Resuming says what changed since.
 */
export const parkPosCartWorkflow = createWorkflow("park-pos-cart", (input: ParkPosCartWorkflowInput) => {
  // Medusa's cart workflows lock the cart id: parking waits for a line being added, and vice versa.
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: PARKING_CART_FIELDS,
    filters: { id: input.cart_id },
  }).config({ name: "get-cart-to-park" })
  const cart = transform({ carts }, ({ carts }) => carts[0] as any)
  validatePosCartParkingStep({ cart, action: "park" })

  const parking = transform({ input, cart }, ({ input, cart }) => ({
    id: cart.pos_cart.id as string,
    status: "parked" as const,
    parked_at: new Date(),
    parked_note: input.note ?? null,
    parked_snapshot: parkedSnapshot(cart.items ?? [], input.stock_location_id),
  }))
  const posCart = setPosCartParkingStep(parking)
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(posCart)
})
