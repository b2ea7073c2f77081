import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import AssociateStoreProfileLink from "../../links/associate-store-profile"
import { ASSOCIATE_MODULE } from "../../modules/associate"
import { STORE_PROFILE_MODULE } from "../../modules/store-profile"

export type AssociateStoresInput = {
  associate_id: string
  /** Absent: keep the current home store. */
  home_store_id?: string
  /** Other stores the associate may act for; the home store may be repeated here. */
  store_ids?: string[]
}

type Membership = { store_profile_id: string; is_home: boolean }

export const replaceAssociateStoresStepId = "replace-associate-stores"

const toLink = (associateId: string, membership: Membership): LinkDefinition => ({
  [ASSOCIATE_MODULE]: { associate_id: associateId },
  [STORE_PROFILE_MODULE]: { store_profile_id: membership.store_profile_id },
  data: { is_home: membership.is_home },
})

/** The stores an associate works for as link rows, the home store first. */
export function memberships({ home_store_id, store_ids = [] }: { home_store_id: string; store_ids?: string[] }): Membership[] {
  const others = [...new Set(store_ids)].filter((id) => id !== home_store_id)
  return [
    { store_profile_id: home_store_id, is_home: true },
    ...others.map((id) => ({ store_profile_id: id, is_home: false })),
  ]
}

/** Sets the stores an associate works for (links to store profiles); undone by restoring the previous set. */
export const replaceAssociateStoresStep = createStep(
  replaceAssociateStoresStepId,
  async (input: AssociateStoresInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data: current } = await query.graph({
      entity: AssociateStoreProfileLink.entryPoint,
      fields: ["store_profile_id", "is_home"],
      filters: { associate_id: input.associate_id },
    })
    const previous: Membership[] = current.map((row: Membership) => ({
      store_profile_id: row.store_profile_id,
      is_home: !!row.is_home,
    }))
    const home = input.home_store_id ?? previous.find((m) => m.is_home)?.store_profile_id
    if (!home) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An associate needs a home store (home_store_id)")
    }
    const next = memberships({ home_store_id: home, store_ids: input.store_ids })
    if (previous.length) {
      await link.dismiss(previous.map((m) => toLink(input.associate_id, m)))
    }
    await link.create(next.map((m) => toLink(input.associate_id, m)))
    return new StepResponse(next, { associate_id: input.associate_id, previous, next })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(undo.next.map((m) => toLink(undo.associate_id, m)))
    if (undo.previous.length) {
      await link.create(undo.previous.map((m) => toLink(undo.associate_id, m)))
    }
  }
)
