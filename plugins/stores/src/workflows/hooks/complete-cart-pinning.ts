import { CompensateFn, InvokeFn, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  relocateOrderReservations,
  ReservationMove,
  restoreReservationLocations,
} from "../steps/relocate-order-reservations"
import { validatePinnedStock } from "../utils/validate-pinned-stock"

/*
 * Reservations follow the shipping option (README, "Reservations follow the shipping option"). A workflow hook takes
 * one handler in the whole app: these two belong to this plugin, and no other plugin may consume them.
 */

// Before the order, the reservations and the payment: the pinned locations must cover the cart.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await validatePinnedStock(container, { cart_id: cart.id })
})

// completeCartWorkflow declares `orderCreated` (after the payment is authorized) but leaves it out of its typed
// hooks (`@ignore`); it is registered like any other hook.
type OrderCreatedHook = (
  invoke: InvokeFn<{ order_id: string; cart_id: string }, ReservationMove[], ReservationMove[]>,
  compensate: CompensateFn<ReservationMove[]>
) => void
const { orderCreated } = completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }

// Medusa reserved each line at its sales channel's first location with stock: move them where they ship from.
orderCreated(
  async ({ order_id }, { container }) => {
    const moves = await relocateOrderReservations(container, { order_id })
    return new StepResponse(moves, moves)
  },
  async (moves, { container }) => {
    await restoreReservationLocations(container, moves ?? [])
  }
)
