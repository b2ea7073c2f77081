import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PICKUP_STATUSES, type PickupStatus } from "../../../modules/click-collect/models/pickup"
import { ADMIN_PICKUP_FIELDS, toAdminPickup } from "../../utils/admin-pickups"
import { countLocationPickups, pageLocationPickupIds } from "../../utils/location-pickup-queries"
import type { AdminGetPickupsParamsType } from "./validators"

/**
 * Pickups, a store's or all, narrowed by status, with how many there are in each status (for the board's
 * column headers). PostgreSQL pages and counts them (a store's through the stock location ↔ pickup link table),
 * never by reading all of a store's pickup ids; Query then loads the page.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPickupsParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_id, location_id, status, order, limit, offset } = req.validatedQuery

  let locationId = location_id
  if (store_id) {
    const {
      data: [store],
    } = await query.graph({ entity: "store_profile", fields: ["id", "stock_location.id"], filters: { id: store_id } })
    if (!store) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No store ${store_id}`)
    }
    locationId = (store as any).stock_location?.id
  }

  if ((store_id || location_id) && !locationId) {
    const counts = Object.fromEntries(PICKUP_STATUSES.map((s) => [s, 0])) as Record<PickupStatus, number>
    return res.json({ pickups: [], count: 0, offset, limit, counts })
  }
  const [counts, ids] = await Promise.all([
    countLocationPickups(req.scope, locationId),
    pageLocationPickupIds(req.scope, locationId, { statuses: status, order, limit, offset }),
  ])
  const { data } = ids.length
    ? await query.graph({ entity: "pickup", fields: ADMIN_PICKUP_FIELDS, filters: { id: ids } })
    : { data: [] }
  const byId = new Map((data as any[]).map((pickup) => [pickup.id, pickup]))
  const listed: readonly PickupStatus[] = (status as PickupStatus[] | undefined) ?? PICKUP_STATUSES
  const now = new Date()
  res.json({
    pickups: ids.filter((id) => byId.has(id)).map((id) => toAdminPickup(byId.get(id), now)),
    count: listed.reduce((sum, s) => sum + counts[s], 0),
    offset,
    limit,
    counts,
  })
}
