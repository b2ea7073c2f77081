import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { ASSOCIATE_MODULE } from "@passerelle/medusa-plugin-stores/modules/associate"
import { STORE_PROFILE_MODULE } from "@passerelle/medusa-plugin-stores/modules/store-profile"
import { CUSTOMER_INSIGHT_MODULE } from "../modules/customer-insight"
import { createCustomerNoteStep } from "./steps/customer-create-note"
import { validateCustomerReferencesStep } from "./steps/customer-validate-references"

export type AddCustomerNoteWorkflowInput = {
  customer_id: string
  body: string
  /** The associate writing it. */
  associate_id: string
  /** The store they act for. */
  store_profile_id: string
}

/**
 * A note an associate leaves on a customer: the record and its links to the customer, its author and the store it
 * was written in. A failure undoes both.
 */
export const addCustomerNoteWorkflow = createWorkflow("add-customer-note", (input: AddCustomerNoteWorkflowInput) => {
  validateCustomerReferencesStep({ customer_id: input.customer_id })
  const note = createCustomerNoteStep({ body: input.body })

  const links = transform({ input, note }, ({ input, note }) => {
    const self = { [CUSTOMER_INSIGHT_MODULE]: { customer_note_id: note.id } }
    return [
      { [Modules.CUSTOMER]: { customer_id: input.customer_id }, ...self },
      { ...self, [ASSOCIATE_MODULE]: { associate_id: input.associate_id } },
      { ...self, [STORE_PROFILE_MODULE]: { store_profile_id: input.store_profile_id } },
    ]
  })
  createRemoteLinkStep(links)

  return new WorkflowResponse(note)
})
