import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  POS_API_KEY_TITLE,
  POS_CHANNEL,
  WEB_STORE_API_KEY_TITLE,
  WEB_STORE_CHANNEL,
} from "./constants"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"

type ApiKeyRow = {
  id: string
  title: string
  revoked_at?: Date | string | null
  sales_channels?: ({ id: string } | null)[] | null
}

export type SalesChannels = { webStoreId: string; posId: string }

/** The two channels and a publishable API key for each, linked one to one. */
export async function seedSalesChannels(context: DemoSeedContext): Promise<SalesChannels> {
  const { container } = context
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const wanted = [WEB_STORE_CHANNEL, POS_CHANNEL]
  const existing = await salesChannelService.listSalesChannels({ name: wanted.map((c) => c.name) })
  const missing = wanted.filter((c) => !existing.some((e) => e.name === c.name))
  let channels = existing
  if (missing.length) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: missing.map((c) => ({ name: c.name, description: c.description })),
      },
    })
    channels = [...existing, ...result]
  }
  const idOf = (name: string) => channels.find((c) => c.name === name)!.id
  const ids: SalesChannels = { webStoreId: idOf(WEB_STORE_CHANNEL.name), posId: idOf(POS_CHANNEL.name) }

  const keyChannels: Record<string, string> = {
    [WEB_STORE_API_KEY_TITLE]: ids.webStoreId,
    [POS_API_KEY_TITLE]: ids.posId,
  }
  const titles = Object.keys(keyChannels)
  const readKeys = async () =>
    (
      await query.graph({
        entity: "api_key",
        fields: ["id", "title", "revoked_at", "sales_channels.id"],
        filters: { type: "publishable", title: titles },
      })
    ).data.filter((key: ApiKeyRow) => !key.revoked_at) as ApiKeyRow[]

  let keys = await readKeys()
  const missingKeys = titles.filter((title) => !keys.some((k) => k.title === title))
  if (missingKeys.length) {
    await createApiKeysWorkflow(container).run({
      input: {
        api_keys: missingKeys.map((title) => ({ title, type: "publishable", created_by: "" })),
      },
    })
    keys = await readKeys()
  }

  let linked = 0
  for (const title of titles) {
    const key = keys.find((k) => k.title === title)!
    const channelId = keyChannels[title]
    if (!(key.sales_channels ?? []).some((c) => c?.id === channelId)) {
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: key.id, add: [channelId] },
      })
      linked++
    }
  }

  logProgress(
    context,
    "sales channels",
    `"${WEB_STORE_CHANNEL.name}" and "${POS_CHANNEL.name}" (${createdNote(missing.length)}), ` +
      `a publishable key each (${createdNote(missingKeys.length)}, ${linked} linked)`
  )
  return ids
}
