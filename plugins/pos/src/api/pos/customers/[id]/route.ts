import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { getCustomer360Workflow } from "../../../../workflows/customer-360"
import type { PosGetCustomerParamsType } from "../validators"

/** The customer 360, as far as the customer's consent lets the associate see it. */
export const GET = async (req: AssociateRequest<unknown, PosGetCustomerParamsType>, res: MedusaResponse) => {
  const { result } = await getCustomer360Workflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      acting_store_id: req.actingStore.id,
      timeline: { limit: req.validatedQuery.timeline_limit, offset: req.validatedQuery.timeline_offset },
    },
  })
  res.json({ customer: result })
}
