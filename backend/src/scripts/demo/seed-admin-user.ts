import { FeatureFlag, MedusaError, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow, setAuthAppMetadataWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { DemoSeedContext } from "./seed-context"
import demoLogins from "./demo-logins.json"

/** The merchandiser's display name; the login itself lives in demo-logins.json. */
export const MERCHANDISER_NAME = { first_name: "Margaux", last_name: "Perrin" } as const

const EMAILPASS = "emailpass"
/** The role `medusa user` gives the first admin when RBAC is on. */
const SUPER_ADMIN_ROLE_ID = "role_super_admin"

/** The merchandiser's admin login (demo-logins.json). Returns whether anything was created. */
export async function seedAdminUser(context: DemoSeedContext): Promise<boolean> {
  return ensureAdminLogin(context.container, demoLogins.merchandiser, MERCHANDISER_NAME)
}

/**
 * An admin login, made the way `medusa user` makes one: an emailpass identity registered through the Auth
 * Module, then the user created and tied to it with createUserAccountWorkflow. Idempotent; returns whether
 * anything was created.
 */
export async function ensureAdminLogin(
  container: MedusaContainer,
  { email, password }: { email: string; password: string },
  name: { first_name: string; last_name: string }
): Promise<boolean> {
  const authService = container.resolve(Modules.AUTH)
  const userService = container.resolve(Modules.USER)
  let created = false

  const [identity] = await authService.listProviderIdentities(
    { entity_id: email, provider: EMAILPASS },
    { relations: ["auth_identity"] }
  )
  let authIdentityId = identity?.auth_identity_id ?? identity?.auth_identity?.id
  if (!authIdentityId) {
    const { authIdentity, error } = await authService.register(EMAILPASS, { body: { email, password } })
    if (error || !authIdentity) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not register the admin login ${email}: ${error}`)
    }
    authIdentityId = authIdentity.id
    created = true
  }

  const [user] = await userService.listUsers({ email })
  if (!user) {
    let roles: string[] = []
    if (FeatureFlag.isFeatureEnabled("rbac")) {
      const rbacService = container.resolve(Modules.RBAC)
      const superAdmin = await rbacService.listRbacRoles({ id: SUPER_ADMIN_ROLE_ID })
      roles = superAdmin.map((role) => role.id)
    }
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email, ...name, ...(roles.length ? { roles } : {}) } },
    })
    return true
  }

  // A user left without a login (e.g. the identity was removed by hand) gets the new identity tied to it.
  const authIdentity = await authService.retrieveAuthIdentity(authIdentityId)
  if (!authIdentity.app_metadata?.user_id) {
    await setAuthAppMetadataWorkflow(container).run({
      input: { authIdentityId, actorType: "user", value: user.id },
    })
    created = true
  }
  return created
}
