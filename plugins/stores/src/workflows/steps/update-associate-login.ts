import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type UpdateAssociateLoginInput = {
  /** The email the associate logs in with today. */
  current_email: string
  new_email?: string
  new_password?: string
}

export const updateAssociateLoginStepId = "update-associate-login"

/**
 * Moves the associate's email/password identity to a new email and/or sets a new password. Undone by restoring
 * the identity's email and stored password hash as they were.
 */
export const updateAssociateLoginStep = createStep(
  updateAssociateLoginStepId,
  async ({ current_email, new_email, new_password }: UpdateAssociateLoginInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: current_email })
    if (!identity) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No login exists for ${current_email}`)
    }
    const previous = { id: identity.id, entity_id: identity.entity_id, provider_metadata: identity.provider_metadata }

    if (new_email && new_email !== current_email) {
      await auth.updateProviderIdentities({ id: identity.id, entity_id: new_email })
    }
    if (new_password) {
      const { success, error } = await auth.updateProvider("emailpass", {
        entity_id: new_email ?? current_email,
        password: new_password,
      })
      if (!success) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not set the password: ${error}`)
      }
    }
    return new StepResponse(void 0, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(Modules.AUTH).updateProviderIdentities({
      id: previous.id,
      entity_id: previous.entity_id,
      provider_metadata: previous.provider_metadata ?? undefined,
    })
  }
)
