import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { getCustomer360Workflow } from "../../../../../workflows/customer-360"
import { setCustomerPreferencesWorkflow } from "../../../../../workflows/customer-set-preferences"
import type { PosGetCustomerParamsType, PosSetCustomerPreferencesType } from "../../validators"

/**
 * Records what the customer tells the associate (sizes, favourite store, their consents) and answers with the
 * customer 360 as the new consents allow: saving must not become a way round them.
 */
export const POST = async (
  req: AssociateRequest<PosSetCustomerPreferencesType, PosGetCustomerParamsType>,
  res: MedusaResponse
) => {
  await setCustomerPreferencesWorkflow(req.scope).run({
    input: { customer_id: req.params.id, ...req.validatedBody },
  })
  const { result } = await getCustomer360Workflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      acting_store_id: req.actingStore.id,
      timeline: { limit: req.validatedQuery.timeline_limit, offset: req.validatedQuery.timeline_offset },
    },
  })
  res.json({ customer: result })
}
