import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** What the lifecycle workflows need to know about a pickup's order and store. */
export type PickupOrder = {
  pickup_id: string
  status: string
  /** ISO 8601, or null before the pickup is ready. */
  hold_until: string | null
  /** ISO 8601, or null until the shopper is reminded. */
  reminded_at: string | null
  order_id: string
  display_id: number | null
  email: string | null
  stock_location: { id: string; name: string; address: Record<string, string | null> | null }
  /** Lines with what is still to be handed over (ordered − already fulfilled). */
  items: { id: string; remaining: number }[]
  /** The order's fulfilments at the pickup's store not yet delivered or canceled, newest first. */
  open_fulfillment_ids: string[]
}

/**
 * Reads a pickup with its order (lines, fulfilments) and store, for every lifecycle workflow. Read after taking the
 * pickup's lock, so the checks that follow are current.
 */
export const readPickupOrderStep = createStep("read-pickup-order", async ({ pickup_id }: { pickup_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [pickup],
  } = await query.graph({
    entity: "pickup",
    fields: [
      "id",
      "status",
      "hold_until",
      "reminded_at",
      "stock_location.id",
      "stock_location.name",
      "stock_location.address.*",
      "order.id",
      "order.display_id",
      "order.email",
      "order.items.id",
      "order.items.quantity",
      "order.items.detail.quantity",
      "order.items.detail.fulfilled_quantity",
      "order.fulfillments.id",
      "order.fulfillments.location_id",
      "order.fulfillments.created_at",
      "order.fulfillments.delivered_at",
      "order.fulfillments.canceled_at",
    ],
    filters: { id: pickup_id },
  })
  const order = (pickup as any)?.order
  if (!pickup || !order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pickup ${pickup_id} with an order`)
  }
  const location = (pickup as any).stock_location
  const { id, name, address } = location ?? {}
  const result: PickupOrder = {
    pickup_id,
    status: (pickup as any).status,
    hold_until: isoOrNull((pickup as any).hold_until),
    reminded_at: isoOrNull((pickup as any).reminded_at),
    order_id: order.id,
    display_id: order.display_id ?? null,
    email: order.email ?? null,
    stock_location: {
      id,
      name,
      address: address
        ? {
            address_1: address.address_1 ?? null,
            address_2: address.address_2 ?? null,
            postal_code: address.postal_code ?? null,
            city: address.city ?? null,
            country_code: address.country_code ?? null,
          }
        : null,
    },
    items: (order.items ?? [])
      .filter(Boolean)
      .map((item: any) => ({
        id: item.id,
        // Read through the pickup link, a line's quantity is only on its detail (the order's current version).
        remaining: Number(item.quantity ?? item.detail?.quantity ?? 0) - Number(item.detail?.fulfilled_quantity ?? 0),
      }))
      .filter((item: { remaining: number }) => item.remaining > 0),
    open_fulfillment_ids: (order.fulfillments ?? [])
      .filter((f: any) => f && f.location_id === id && !f.delivered_at && !f.canceled_at)
      .sort((a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
      .map((f: any) => f.id),
  }
  return new StepResponse(result)
})

const isoOrNull = (value: unknown) => (value ? new Date(value as string).toISOString() : null)
