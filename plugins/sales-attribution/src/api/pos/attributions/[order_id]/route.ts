import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { loadAttributionView } from "../../../utils/attribution-view"

/**
 * An order's credit on the tablet: visible to the associates it credits, to the associates of a store it credits,
 * and to managers for house-credited orders (the ones they may reassign). Same shape as the admin's.
 */
export const GET = async (req: AssociateRequest, res: MedusaResponse) => {
  const view = await loadAttributionView(req.scope, req.params.order_id)
  if (!view.attribution) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} has no attribution`)
  }
  const active = view.records.filter((record) => !record.superseded_at && record.kind === "sale")
  const visible =
    active.some((record) => record.associate_id === req.associate.id || record.store_id === req.actingStore.id) ||
    (req.associate.role === "manager" && active.every((record) => record.beneficiary === "house"))
  if (!visible) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Order ${req.params.order_id} is not credited to you or to your store`)
  }
  res.json(view)
}
