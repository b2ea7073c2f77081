import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"

/**
 * Everything a pickup workflow may write, read back in one object so a test can compare before and after
 * (compensation tests) or check each effect: the pickup and its timeline, the order's status, lines and total,
 * refunds on its payments, and the reservations of its lines.
 */
export async function pickupState(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "total",
      "items.*",
      "items.detail.*",
      "fulfillments.id",
      "fulfillments.canceled_at",
      "payment_collections.payments.id",
      "payment_collections.payments.refunds.amount",
      "pickup.id",
      "pickup.status",
      "pickup.reminded_at",
      "pickup.expired_at",
      "pickup.canceled_at",
      "pickup.events.type",
      "pickup.events.note",
    ],
    filters: { id: orderId },
  })
  const o = order as any
  const inventory = container.resolve(Modules.INVENTORY)
  const lineIds = (o.items ?? []).map((item: any) => item.id)
  const reservations = lineIds.length ? await inventory.listReservationItems({ line_item_id: lineIds }) : []
  return {
    status: o.status as string,
    total: Number(o.total),
    items: (o.items ?? [])
      .map((item: any): { id: string; sku: string; quantity: number } => ({ id: item.id, sku: item.variant_sku, quantity: Number(item.quantity ?? item.detail?.quantity) }))
      .sort((a: { sku: string }, b: { sku: string }) => a.sku.localeCompare(b.sku)) as { id: string; sku: string; quantity: number }[],
    open_fulfillments: (o.fulfillments ?? []).filter((f: any) => !f.canceled_at).length,
    refunds: (o.payment_collections ?? [])
      .flatMap((pc: any) => pc.payments ?? [])
      .flatMap((payment: any) => payment.refunds ?? [])
      .map((refund: any) => Number(refund.amount)) as number[],
    pickup: {
      status: o.pickup.status as string,
      reminded_at: o.pickup.reminded_at,
      expired_at: o.pickup.expired_at,
      canceled_at: o.pickup.canceled_at,
      events: (o.pickup.events ?? []).map((e: any) => e.type).sort() as string[],
      notes: (o.pickup.events ?? []).map((e: any) => e.note).filter(Boolean) as string[],
    },
    reservations: reservations
      .map((r) => ({ line_item_id: r.line_item_id, location_id: r.location_id, quantity: Number(r.quantity) }))
      .sort((a, b) => `${a.line_item_id}`.localeCompare(`${b.line_item_id}`)),
  }
}

/** Notifications sent with a template, oldest first. */
export async function sentNotifications(container: MedusaContainer, template: string) {
  const notifications = await container.resolve(Modules.NOTIFICATION).listNotifications({ template })
  return notifications as any[]
}

/** What `GET /store/products/:id/availability` says a store has of each variant: `{ [variant_id]: available }`. */
export async function availableAtStore(
  api: AxiosInstance,
  webKey: string,
  productId: string,
  storeCode: string
): Promise<Record<string, number | null>> {
  const { data } = await api.get(`/store/products/${productId}/availability`, {
    headers: { "x-publishable-api-key": webKey },
  })
  return Object.fromEntries(
    data.variants.map((variant: any) => [
      variant.variant_id,
      variant.stores.find((store: any) => store.code === storeCode)?.available ?? null,
    ])
  )
}
