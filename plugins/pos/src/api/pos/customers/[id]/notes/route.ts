import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { addCustomerNoteWorkflow } from "../../../../../workflows/customer-add-note"
import type { PosCreateCustomerNoteType } from "../../validators"

/** Leaves a note on the customer, signed by the associate and the store they act for. */
export const POST = async (req: AssociateRequest<PosCreateCustomerNoteType>, res: MedusaResponse) => {
  const { result } = await addCustomerNoteWorkflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      body: req.validatedBody.body,
      associate_id: req.associate.id,
      store_profile_id: req.actingStore.id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [note],
  } = await query.graph({
    entity: "customer_note",
    fields: [
      "id",
      "body",
      "created_at",
      "associate.id",
      "associate.first_name",
      "associate.last_name",
      "store_profile.id",
      "store_profile.code",
      "store_profile.name",
    ],
    filters: { id: result.id },
  })
  const { associate, store_profile, ...fields } = note
  res.status(201).json({ note: { ...fields, author: associate ?? null, store: store_profile ?? null } })
}
