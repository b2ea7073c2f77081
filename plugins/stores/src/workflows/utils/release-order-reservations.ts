import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Seconds to wait for the inventory items' lock when freeing a refused order's reservations: three times Medusa's
 * 5 s default, because a burst queues every refused cart behind the others' short critical sections.
 */
const RELEASE_LOCK_TIMEOUT_SECONDS = 15

/**
 * Deletes the reservations of an order's lines, under Medusa's lock on their inventory items. Used when cart
 * completion is refused after Medusa reserved the lines: Medusa's own compensation deletes them too, but under
 * its default 5 s lock wait, and in a burst of carts for a store's last unit (the Redis lock is fair and queued)
 * that wait runs out, the compensation fails, and the units stay reserved for good. Freeing them here first
 * leaves Medusa's compensation nothing to do. Never throws: if the lock still can't be had (a process holding it
 * for good), the refusal stands and Medusa's compensation makes its own attempt.
 */
export async function releaseOrderReservations(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
  const lineIds = ((order as { items?: ({ id: string } | null)[] } | undefined)?.items ?? [])
    .filter((item): item is { id: string } => !!item)
    .map((item) => item.id)
  if (!lineIds.length) {
    return
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations = await inventory.listReservationItems({ line_item_id: lineIds })
  if (!reservations.length) {
    return
  }
  const locking = container.resolve(Modules.LOCKING)
  const keys = [...new Set(reservations.map((r) => r.inventory_item_id))]
  try {
    await locking.execute(
      keys,
      async () => {
        await inventory.deleteReservationItems(reservations.map((r) => r.id))
      },
      { timeout: RELEASE_LOCK_TIMEOUT_SECONDS }
    )
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Reservations of refused order ${orderId} not freed here (${(error as Error).message}); Medusa's compensation will try`)
  }
}
