import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  refreshCartItemsWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PARKING_CART_FIELDS } from "./park-pos-cart"
import { ParkedLine, resumeChanges } from "./parked-lines"
import { setPosCartParkingStep } from "./steps/set-pos-cart-parking"
import { validatePosCartParkingStep } from "./steps/validate-pos-cart-parking"

export type ResumePosCartWorkflowInput = {
  cart_id: string
  /** The store resuming it (the one it was parked in): its stock is checked, its code named in the messages. */
  store: { code: string; stock_location_id: string }
}

/**
 * Takes a parked sale back, on any tablet of its store: Medusa re-prices the cart (current prices and
 * promotions, as at any cart refresh), the POS record is open again, and `changes` says, line by line, what
 * moved while it was parked: stock sold out or short at the store, prices changed. Nothing is removed.
 */
export const resumePosCartWorkflow = createWorkflow("resume-pos-cart", (input: ResumePosCartWorkflowInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
  const { data: parkedCarts } = useQueryGraphStep({
    entity: "cart",
    fields: PARKING_CART_FIELDS,
    filters: { id: input.cart_id },
  }).config({ name: "get-parked-cart" })
  const parked = transform({ parkedCarts }, ({ parkedCarts }) => parkedCarts[0] as any)
  validatePosCartParkingStep({ cart: parked, action: "resume" })

  // Nested in this workflow, the refresh skips its own lock on the cart id: this workflow holds it.
  refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, force_refresh: true } })

  const { data: resumedCarts } = useQueryGraphStep({
    entity: "cart",
    fields: PARKING_CART_FIELDS,
    filters: { id: input.cart_id },
  }).config({ name: "get-resumed-cart" })
  const changes = transform({ input, parked, resumedCarts }, ({ input, parked, resumedCarts }) =>
    resumeChanges(parked.pos_cart.parked_snapshot as ParkedLine[] | null, resumedCarts[0] as any, {
      id: input.store.stock_location_id,
      code: input.store.code,
    })
  )

  // The note and parked_at stay (the last parking, still worth reading); the snapshot has served.
  const reopening = transform({ parked }, ({ parked }) => ({
    id: parked.pos_cart.id as string,
    status: "open" as const,
    parked_snapshot: null,
  }))
  setPosCartParkingStep(reopening)
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse({ cart_id: input.cart_id, changes })
})
