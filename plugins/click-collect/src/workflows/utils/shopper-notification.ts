import type { PickupOrder } from "../steps/read-pickup-order"

/**
 * The shopper's message about her pickup, through Medusa's Notification module (channel "email", to the order's
 * email): the pickup, its order and its store, plus what this message is about. None when the order has no email.
 */
export function shopperNotification(pickup: PickupOrder, template: string, data: Record<string, unknown> = {}) {
  if (!pickup.email) {
    return []
  }
  return [
    {
      to: pickup.email,
      channel: "email",
      template,
      resource_type: "order",
      resource_id: pickup.order_id,
      data: {
        pickup_id: pickup.pickup_id,
        order_id: pickup.order_id,
        order_display_id: pickup.display_id,
        store: {
          stock_location_id: pickup.stock_location.id,
          name: pickup.stock_location.name,
          address: pickup.stock_location.address,
        },
        ...data,
      },
    },
  ]
}
