import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { overrideOrderAttributionWorkflow } from "../../../../../workflows/override-order-attribution"
import { loadAttributionView } from "../../../../utils/attribution-view"
import type { PosOverrideAttributionType } from "./validators"

/**
 * A manager reassigns an order's credit with a reason (see overrideOrderAttributionWorkflow): the old records are
 * kept as superseded, the override is audited. Answers with the order's attribution as it now stands.
 */
export const POST = async (req: AssociateRequest<PosOverrideAttributionType>, res: MedusaResponse) => {
  const body = req.validatedBody
  await overrideOrderAttributionWorkflow(req.scope).run({
    input: {
      order_id: req.params.order_id,
      reason: body.reason,
      actor: { type: "associate", id: req.associate.id },
      store_id: req.actingStore.id,
      assignment: body.to === "associates" ? { to: "associates", associate_ids: body.associate_ids } : { to: "house" },
      at: new Date().toISOString(),
    },
  })
  res.status(200).json(await loadAttributionView(req.scope, req.params.order_id))
}
