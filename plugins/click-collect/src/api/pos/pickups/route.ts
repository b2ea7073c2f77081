import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { listStorePickups } from "../../utils/pickup-queue"
import { ACTIVE_PICKUP_STATUSES, type PosListPickupsParamsType } from "./validators"

/**
 * The acting store's pickup queue, oldest order first, with SLA figures per pickup and the count of each status.
 * `status` defaults to what is still to do (placed, preparing, ready).
 */
export const GET = async (req: AssociateRequest<unknown, PosListPickupsParamsType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery
  const { pickups, count, counts } = await listStorePickups(req.scope, req.actingStore.stock_location_id!, {
    statuses: (status as any) ?? ACTIVE_PICKUP_STATUSES,
    limit,
    offset,
  })
  res.json({ pickups, count, limit, offset, counts })
}
