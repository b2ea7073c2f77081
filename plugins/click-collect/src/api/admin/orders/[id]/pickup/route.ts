import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { actorNames, ADMIN_PICKUP_FIELDS, toAdminPickup } from "../../../../utils/admin-pickups"

/** The pickup of an order, for the order page's widget: status, store, code hint and timeline (oldest first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "pickup.id"],
    filters: { id: req.params.id },
  })
  const pickupId = (order as any)?.pickup?.id
  if (!pickupId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      order ? `Order ${req.params.id} is not a click & collect order` : `No order ${req.params.id}`
    )
  }

  const {
    data: [pickup],
  } = await query.graph({
    entity: "pickup",
    fields: [...ADMIN_PICKUP_FIELDS, "events.id", "events.type", "events.actor_id", "events.note", "events.created_at"],
    filters: { id: pickupId },
  })
  const events = [...((pickup as any).events ?? [])].sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id)
  )
  const names = await actorNames(req.scope, [...events.map((e) => e.actor_id), (pickup as any).collected_by])

  res.json({
    pickup: {
      ...toAdminPickup(pickup),
      collected_by_name: names.get((pickup as any).collected_by) ?? null,
      events: events.map((event) => ({
        id: event.id as string,
        type: event.type as string,
        note: (event.note ?? null) as string | null,
        actor_id: (event.actor_id ?? null) as string | null,
        actor_name: names.get(event.actor_id) ?? null,
        created_at: event.created_at,
      })),
    },
  })
}
