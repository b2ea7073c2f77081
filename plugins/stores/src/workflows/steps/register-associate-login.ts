import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RegisterAssociateLoginInput = { email: string; password: string }

export const registerAssociateLoginStepId = "register-associate-login"

/**
 * Creates the email/password identity the associate logs in with (`/auth/associate/emailpass`); undone by
 * deleting it, so a failed creation never leaves a login behind.
 */
export const registerAssociateLoginStep = createStep(
  registerAssociateLoginStepId,
  async ({ email, password }: RegisterAssociateLoginInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email, password },
    })
    if (!success || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Could not create a login for ${email}: ${error ?? "unknown reason"}`
      )
    }
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) {
      return
    }
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
