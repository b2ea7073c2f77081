import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import StockLocationPickupsLink from "../../../links/stock-location-pickups"
import { PICKUP_STATUSES, type PickupStatus } from "../../../modules/click-collect/models/pickup"
import { ADMIN_PICKUP_FIELDS, toAdminPickup } from "../../utils/admin-pickups"
import type { AdminGetPickupsParamsType } from "./validators"

/**
 * Pickups, a store's or all, narrowed by status, with how many there are in each status (for the board's
 * column headers). A store is read through the stock location ↔ pickup link, never by scanning pickups.
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

  const scope: Record<string, unknown> = {}
  if (store_id || location_id) {
    const { data: links } = locationId
      ? await query.graph({
          entity: StockLocationPickupsLink.entryPoint,
          fields: ["pickup_id"],
          filters: { stock_location_id: locationId },
        })
      : { data: [] }
    scope.id = links.map((link: { pickup_id: string }) => link.pickup_id)
  }

  const counts = Object.fromEntries(PICKUP_STATUSES.map((s) => [s, 0])) as Record<PickupStatus, number>
  if (scope.id && !(scope.id as string[]).length) {
    return res.json({ pickups: [], count: 0, offset, limit, counts })
  }

  const descending = order.startsWith("-")
  const orderField = descending ? order.slice(1) : order
  const [{ data, metadata }, ...perStatus] = await Promise.all([
    query.graph({
      entity: "pickup",
      fields: ADMIN_PICKUP_FIELDS,
      filters: { ...scope, ...(status ? { status } : {}) },
      pagination: { skip: offset, take: limit, order: { [orderField]: descending ? "DESC" : "ASC", id: "ASC" } },
    }),
    ...PICKUP_STATUSES.map((s) =>
      query.graph({ entity: "pickup", fields: ["id"], filters: { ...scope, status: s }, pagination: { skip: 0, take: 1 } })
    ),
  ])
  PICKUP_STATUSES.forEach((s, i) => (counts[s] = perStatus[i].metadata!.count))

  const now = new Date()
  res.json({
    pickups: data.map((pickup) => toAdminPickup(pickup, now)),
    count: metadata!.count,
    offset,
    limit,
    counts,
  })
}
