import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pinLines, pinnedDemand, shortageMessage } from "../../utils/reservation-pinning"
import { stockGuardViolation } from "../../utils/stock-guard-violation"
import { readLocationLabels, readOrderPinning, readShortages } from "../utils/read-pinning"

export type RelocateOrderReservationsInput = { order_id: string }

/** A reservation moved to its pinned location: what the compensation needs to move it back. */
export type ReservationMove = { id: string; inventory_item_id: string; from: string; to: string }

/**
 * Moves every reservation of the order's lines that isn't at its pinned location to that location, under Medusa's
 * lock on the inventory items (as reserve-inventory-step takes it). Medusa's updateReservationItems checks nothing
 * at the new location: the stock guard does, in the database, and its refusal becomes a 400 naming the items.
 */
export async function relocateOrderReservations(
  container: MedusaContainer,
  { order_id }: RelocateOrderReservationsInput
): Promise<ReservationMove[]> {
  const { lines, methods } = await readOrderPinning(container, order_id)
  const pins = pinLines(lines, methods)
  if (!pins.size) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations = await inventory.listReservationItems({ line_item_id: [...pins.keys()] })
  const pinned = reservations.filter((r) => r.line_item_id && pins.has(r.line_item_id))
  const candidates = pinned
    .filter((r) => r.location_id !== pins.get(r.line_item_id!))
    .map((r) => ({ id: r.id, inventory_item_id: r.inventory_item_id, from: r.location_id, to: pins.get(r.line_item_id!)! }))
  if (!candidates.length) {
    return []
  }
  // A location without a level for the item can't hold a reservation (Medusa refuses it): such a line (only a
  // backorder one gets past the validate hook) stays where Medusa put it.
  const levels = await inventory.listInventoryLevels({
    inventory_item_id: [...new Set(candidates.map((m) => m.inventory_item_id))],
    location_id: [...new Set(candidates.map((m) => m.to))],
  })
  const stocked = new Set(levels.map((l) => `${l.location_id}\u0000${l.inventory_item_id}`))
  const moves = candidates.filter((m) => stocked.has(`${m.to}\u0000${m.inventory_item_id}`))
  if (!moves.length) {
    return []
  }

  const refuseIfShort = async () => {
    const shortages = await readShortages(
      container,
      pinnedDemand(lines, pins),
      pinned.map((r) => ({ inventory_item_id: r.inventory_item_id, location_id: r.location_id, quantity: r.quantity }))
    )
    if (shortages.length) {
      const label = await readLocationLabels(container, shortages.map((s) => s.location_id))
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortageMessage(shortages, label))
    }
  }
  // Another order may have taken the stock since the validate hook looked (a burst of carts for a store's last
  // unit all pass it together): refuse those at once rather than queue them all for the lock.
  await refuseIfShort()

  try {
    await moveReservations(container, moves.map((m) => ({ id: m.id, inventory_item_id: m.inventory_item_id, location_id: m.to })))
  } catch (error) {
    const violation = stockGuardViolation(error)
    const timedOut = !violation && lockTimedOut(error)
    if (!violation && !timedOut) {
      throw error
    }
    // The guard refused, or the lock stayed busy: most likely another order took the stock meanwhile. Say which
    // items, as the validate hook would.
    await refuseIfShort()
    if (timedOut) {
      // Still stock to cover it: only busy. CONFLICT is Medusa's 409 "retry" (and what its Redis lock throws).
      throw new MedusaError(MedusaError.Types.CONFLICT, `Reservations for order ${order_id} could not be moved: ${LOCK_TIMEOUT}`)
    }
    const label = await readLocationLabels(container, [violation!.location_id])
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${label(violation!.location_id)} can't cover this order: another order took its stock`
    )
  }
  return moves
}

/**
 * Medusa's locking providers give up waiting for a lock with this message: a plain Error from the in-memory and
 * PostgreSQL ones (a 500 if left alone), a MedusaError CONFLICT from the Redis one.
 */
const LOCK_TIMEOUT = "Timed-out acquiring lock."
const lockTimedOut = (error: unknown) => (error as { message?: unknown } | null)?.message === LOCK_TIMEOUT

/** Puts moved reservations back where they were; the ones that no longer exist are left alone. */
export async function restoreReservationLocations(container: MedusaContainer, moves: ReservationMove[]) {
  if (!moves.length) {
    return
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const existing = await inventory.listReservationItems({ id: moves.map((m) => m.id) })
  const stillMoved = new Map(existing.map((r) => [r.id, r.location_id]))
  const back = moves
    .filter((m) => stillMoved.get(m.id) === m.to)
    .map((m) => ({ id: m.id, inventory_item_id: m.inventory_item_id, location_id: m.from }))
  await moveReservations(container, back)
}

async function moveReservations(
  container: MedusaContainer,
  moves: { id: string; inventory_item_id: string; location_id: string }[]
) {
  if (!moves.length) {
    return
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const keys = [...new Set(moves.map((m) => m.inventory_item_id))]
  await locking.execute(keys, async () => {
    await inventory.updateReservationItems(moves.map(({ id, location_id }) => ({ id, location_id })))
  })
}

export const relocateOrderReservationsStepId = "relocate-order-reservations"

/** The relocation as a step of its own, for workflows other than cart completion (which runs it from its hook). */
export const relocateOrderReservationsStep = createStep(
  relocateOrderReservationsStepId,
  async (input: RelocateOrderReservationsInput, { container }) => {
    const moves = await relocateOrderReservations(container, input)
    return new StepResponse(moves, moves)
  },
  async (moves, { container }) => {
    await restoreReservationLocations(container, moves ?? [])
  }
)
