import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_PROFILE_MODULE } from "../../modules/store-profile"

export type ReplaceStoreProfileLinksInput = {
  store_profile_id: string
  /** undefined: leave as is; a value: link that location instead. */
  stock_location_id?: string
  /** undefined: leave as is; null: unlink; a value: link that channel instead. */
  sales_channel_id?: string | null
}

export const replaceStoreProfileLinksStepId = "replace-store-profile-links"

const locationLink = (storeProfileId: string, locationId: string): LinkDefinition => ({
  [STORE_PROFILE_MODULE]: { store_profile_id: storeProfileId },
  [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
})
const channelLink = (storeProfileId: string, channelId: string): LinkDefinition => ({
  [STORE_PROFILE_MODULE]: { store_profile_id: storeProfileId },
  [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
})

/** Points a store at another stock location or POS channel; undone by restoring the previous links. */
export const replaceStoreProfileLinksStep = createStep(
  replaceStoreProfileLinksStepId,
  async (input: ReplaceStoreProfileLinksInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data: [profile] } = await query.graph({
      entity: "store_profile",
      fields: ["id", "stock_location.id", "sales_channel.id"],
      filters: { id: input.store_profile_id },
    })
    const previous = {
      stock_location_id: (profile as any)?.stock_location?.id as string | undefined,
      sales_channel_id: (profile as any)?.sales_channel?.id as string | undefined,
    }
    const removed: LinkDefinition[] = []
    const added: LinkDefinition[] = []
    const id = input.store_profile_id
    if (input.stock_location_id !== undefined && input.stock_location_id !== previous.stock_location_id) {
      if (previous.stock_location_id) {
        removed.push(locationLink(id, previous.stock_location_id))
      }
      added.push(locationLink(id, input.stock_location_id))
    }
    if (input.sales_channel_id !== undefined && input.sales_channel_id !== previous.sales_channel_id) {
      if (previous.sales_channel_id) {
        removed.push(channelLink(id, previous.sales_channel_id))
      }
      if (input.sales_channel_id) {
        added.push(channelLink(id, input.sales_channel_id))
      }
    }
    if (removed.length) {
      await link.dismiss(removed)
    }
    if (added.length) {
      await link.create(added)
    }
    return new StepResponse(void 0, { removed, added })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.added.length) {
      await link.dismiss(undo.added)
    }
    if (undo.removed.length) {
      await link.create(undo.removed)
    }
  }
)
