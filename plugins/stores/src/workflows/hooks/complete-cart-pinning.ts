import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CompensateFn, InvokeFn, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  relocateOrderReservations,
  ReservationMove,
  restoreReservationLocations,
} from "../steps/relocate-order-reservations"
import { releaseOrderReservations } from "../utils/release-order-reservations"
import { validatePinnedStock } from "../utils/validate-pinned-stock"
import { runCompleteCartChecks, undoCompleteCartChecks } from "./complete-cart-checks"

/*
 * Reservations follow the shipping option (README, "Reservations follow the shipping option"). A workflow hook takes
 * one handler in the whole app: these two belong to this plugin, and no other plugin may consume them.
 */

// Before the order, the reservations and the payment: the pinned locations must cover the cart. Then the checks other
// plugins registered (`complete-cart-checks.ts`), undone if the completion fails later.
completeCartWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => {
    await validatePinnedStock(container, { cart_id: cart.id })
    const done = await runCompleteCartChecks({ input, cart }, { container })
    return new StepResponse(undefined, done)
  },
  async (done, { container }) => {
    await undoCompleteCartChecks(done ?? [], { container })
  }
)

// Medusa reserved each line at its sales channel's first location with stock: move them where they ship from. This
// runs after the order and its reservations exist and before the payment is authorized, so a refusal here (another
// order took the last unit meanwhile) leaves no authorized-then-canceled payment behind: the shopper just pays again.
type BeforePaymentAuthorizationHook = (
  invoke: InvokeFn<{ input: { id: string } }, ReservationMove[], ReservationMove[]>,
  compensate: CompensateFn<ReservationMove[]>
) => void
// Declared by completeCartWorkflow but left out of its typed hooks (`@ignore`): registered through a cast.
const { beforePaymentAuthorization } = completeCartWorkflow.hooks as unknown as {
  beforePaymentAuthorization: BeforePaymentAuthorizationHook
}

beforePaymentAuthorization(
  async ({ input }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [placed] } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id: input.id },
    })
    if (!placed) {
      return new StepResponse([], [])
    }
    try {
      const moves = await relocateOrderReservations(container, { order_id: placed.order_id })
      return new StepResponse(moves, moves)
    } catch (refusal) {
      // The order is about to be rolled back: free its units now, with a patient lock wait (see
      // releaseOrderReservations), rather than trust Medusa's compensation to get the lock in a burst.
      await releaseOrderReservations(container, placed.order_id)
      throw refusal
    }
  },
  async (moves, { container }) => {
    await restoreReservationLocations(container, moves ?? [])
  }
)
