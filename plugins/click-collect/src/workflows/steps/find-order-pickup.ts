import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_FULFILLMENT_SET_TYPE } from "../../constants"

export type OrderPickup = {
  order_id: string
  /** The store's stock location when the order is to be picked up there; null for any other delivery. */
  location_id: string | null
  /** A pickup already made for this order (the event was delivered twice), so nothing is created again. */
  existing_pickup_id: string | null
  /** The order's payment not yet captured, if any: click & collect orders are charged when placed. */
  uncaptured_payment_id: string | null
}

/** Whether an order is click & collect, and where: its shipping method's option belongs to a pickup fulfilment set. */
export const findOrderPickupStep = createStep(
  "find-order-pickup",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "shipping_methods.shipping_option_id",
        "pickup.id",
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: order_id },
    })
    const optionIds = ((order as any)?.shipping_methods ?? [])
      .map((method: any) => method?.shipping_option_id)
      .filter(Boolean)
    let locationId: string | null = null
    if (optionIds.length) {
      const { data: options } = await query.graph({
        entity: "shipping_option",
        fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
        filters: { id: optionIds },
      })
      const pickupOption = options.find(
        (option: any) => option?.service_zone?.fulfillment_set?.type === PICKUP_FULFILLMENT_SET_TYPE
      ) as any
      locationId = pickupOption?.service_zone?.fulfillment_set?.location?.id ?? null
    }
    const uncaptured = ((order as any)?.payment_collections ?? [])
      .flatMap((collection: any) => collection?.payments ?? [])
      .find((payment: any) => payment && !payment.captured_at && !payment.canceled_at)
    const result: OrderPickup = {
      order_id,
      location_id: locationId,
      existing_pickup_id: (order as any)?.pickup?.id ?? null,
      uncaptured_payment_id: uncaptured?.id ?? null,
    }
    return new StepResponse(result)
  }
)
