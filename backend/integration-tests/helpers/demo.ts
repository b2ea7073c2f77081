import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import demoLogins from "../../src/scripts/demo/demo-logins.json"
import { runDemoSeed } from "../../src/scripts/seed-demo"

/** Seeds the whole demo into the suite's database through the running app's container. */
export async function seedDemo(container: MedusaContainer): Promise<void> {
  await runDemoSeed(container, { log: () => undefined })
}

/** The token of the publishable key titled like a sales channel ("Web Store", "Stores (POS)"). */
export async function publishableKey(container: MedusaContainer, title: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { title, type: "publishable" },
  })
  if (!data.length) {
    throw new Error(`no publishable key titled "${title}"`)
  }
  return data[0].token
}

/** Logs the demo merchandiser in through Medusa's auth route and returns headers for /admin. */
export async function merchandiserHeaders(api: AxiosInstance) {
  const { data } = await api.post("/auth/user/emailpass", demoLogins.merchandiser)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

export const storeHeaders = (key: string) => ({ headers: { "x-publishable-api-key": key } })
