import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ASSOCIATE_ACTOR_TYPE } from "../constants"
import { StoresEvents } from "../events"
import { AssociateFields, createAssociateStep } from "./steps/create-associate"
import { registerAssociateLoginStep } from "./steps/register-associate-login"
import { replaceAssociateStoresStep } from "./steps/replace-associate-stores"
import { validateAssociateStep } from "./steps/validate-associate"

export type CreateAssociateWorkflowInput = AssociateFields & {
  password: string
  home_store_id: string
  store_ids?: string[]
  additional_data?: Record<string, unknown>
}

/**
 * A new associate with a login of their own: the email/password identity, the associate record, the identity's
 * `associate_id`, and the stores they work for. Any failure undoes every part, the login included.
 */
export const createAssociateWorkflow = createWorkflow(
  "create-associate",
  (input: CreateAssociateWorkflowInput) => {
    validateAssociateStep({
      email: input.email,
      employee_code: input.employee_code,
      home_store_id: input.home_store_id,
      store_ids: input.store_ids,
    })
    const authIdentity = registerAssociateLoginStep({ email: input.email, password: input.password })

    const fields = transform({ input }, ({ input }): AssociateFields => ({
      first_name: input.first_name,
      last_name: input.last_name,
      email: input.email,
      employee_code: input.employee_code,
      role: input.role,
      is_active: input.is_active,
      metadata: input.metadata,
    }))
    const associate = createAssociateStep(fields)

    setAuthAppMetadataStep({
      authIdentityId: authIdentity.id,
      actorType: ASSOCIATE_ACTOR_TYPE,
      value: associate.id,
    })

    const stores = transform({ input, associate }, ({ input, associate }) => ({
      associate_id: associate.id,
      home_store_id: input.home_store_id,
      store_ids: input.store_ids,
    }))
    replaceAssociateStoresStep(stores)

    emitEventStep({ eventName: StoresEvents.ASSOCIATE_CREATED, data: { id: associate.id } })

    const associateCreated = createHook("associateCreated", {
      associate,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(associate, { hooks: [associateCreated] })
  }
)
