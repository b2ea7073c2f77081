import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolvePickupSalesChannelsStepId = "resolve-pickup-sales-channels"

export type ResolvePickupSalesChannelsInput = { stock_location_id: string; store_code: string }

/**
 * The web sales channels a store's pickup option is offered in: the channels of its stock location that no store
 * sells through at its till. A store profile's sales channel is its POS channel (the stores plugin's link, which the
 * POS plugin sells through), so a channel some store profile points at is a POS channel; the others are web shops.
 * Sorted, so the option's rule compares equal from one run to the next.
 */
export const resolvePickupSalesChannelsStep = createStep(
  resolvePickupSalesChannelsStepId,
  async ({ stock_location_id, store_code }: ResolvePickupSalesChannelsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [location] } = await query.graph({
      entity: "stock_location",
      fields: ["id", "sales_channels.id"],
      filters: { id: stock_location_id },
    })
    const channelIds = ((location as any)?.sales_channels ?? [])
      .map((channel: { id: string } | null) => channel?.id)
      .filter((id: string | undefined): id is string => !!id)
    const { data: channels } = channelIds.length
      ? await query.graph({ entity: "sales_channel", fields: ["id", "store_profiles.id"], filters: { id: channelIds } })
      : { data: [] }
    const web = (channels as { id: string; store_profiles?: ({ id: string } | null)[] | null }[])
      .filter((channel) => !(channel.store_profiles ?? []).some(Boolean))
      .map((channel) => channel.id)
      .sort()
    if (!web.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Store ${store_code}'s stock location sells through no web sales channel (only POS channels, or none): ` +
          "link it to the web shop's channel to offer pickup there"
      )
    }
    return new StepResponse({ sales_channel_ids: web })
  }
)
