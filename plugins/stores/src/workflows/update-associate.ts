import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StoresEvents } from "../events"
import { AssociateChanges, updateAssociateStep } from "./steps/update-associate"
import { updateAssociateLoginStep } from "./steps/update-associate-login"
import { replaceAssociateStoresStep } from "./steps/replace-associate-stores"
import { validateAssociateStep } from "./steps/validate-associate"

export type UpdateAssociateWorkflowInput = AssociateChanges & {
  /** A new password for the associate's login. */
  password?: string
  home_store_id?: string
  store_ids?: string[]
}

/**
 * Changes an associate: profile, role, active flag, stores, login email or password. Deactivating emits
 * `stores.associate.deactivated` besides `updated`. Any failure restores everything as it was.
 */
export const updateAssociateWorkflow = createWorkflow(
  "update-associate",
  (input: UpdateAssociateWorkflowInput) => {
    validateAssociateStep({
      id: input.id,
      email: input.email,
      employee_code: input.employee_code,
      home_store_id: input.home_store_id,
      store_ids: input.store_ids,
    })

    const changes = transform({ input }, ({ input }) => {
      const { password: _password, home_store_id: _home, store_ids: _stores, ...fields } = input
      return fields
    })
    const { before, after } = updateAssociateStep(changes)

    when("login-changed", { input, before }, ({ input, before }) =>
      Boolean(input.password || (input.email && input.email !== before.email))
    ).then(() => {
      const login = transform({ input, before }, ({ input, before }) => ({
        current_email: before.email,
        new_email: input.email,
        new_password: input.password,
      }))
      updateAssociateLoginStep(login)
    })

    when("stores-changed", { input }, ({ input }) => Boolean(input.home_store_id || input.store_ids)).then(() => {
      const stores = transform({ input }, ({ input }) => ({
        associate_id: input.id,
        home_store_id: input.home_store_id,
        store_ids: input.store_ids,
      }))
      replaceAssociateStoresStep(stores)
    })

    emitEventStep({ eventName: StoresEvents.ASSOCIATE_UPDATED, data: { id: input.id } }).config({
      name: "emit-associate-updated",
    })
    when("deactivated", { before, after }, ({ before, after }) => before.is_active && !after.is_active).then(() => {
      emitEventStep({ eventName: StoresEvents.ASSOCIATE_DEACTIVATED, data: { id: input.id } }).config({
        name: "emit-associate-deactivated",
      })
    })
    return new WorkflowResponse(after)
  }
)
