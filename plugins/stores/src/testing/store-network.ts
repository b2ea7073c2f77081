/**
 * Test helpers for Passerelle plugins that build on the store network (exported as
 * `@passerelle/medusa-plugin-stores/testing/store-network`): a small network of stores, admin and associate
 * logins, and assertion helpers. Medusa never loads this folder at run time.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"
import { createStoreProfilesWorkflow } from "../workflows/create-store-profiles"
import type { StoreProfileInput } from "../workflows/steps/validate-store-profiles"

export const PASSWORD = "a-long-enough-password"

export const WEEKDAY_HOURS = { opens: "10:00", closes: "19:00" }
export const weekly = (sunday: { opens: string; closes: string }[] = []) => ({
  monday: [WEEKDAY_HOURS],
  tuesday: [WEEKDAY_HOURS],
  wednesday: [WEEKDAY_HOURS],
  thursday: [WEEKDAY_HOURS],
  friday: [WEEKDAY_HOURS],
  saturday: [WEEKDAY_HOURS],
  sunday,
})

export type StoreSpec = Omit<StoreProfileInput, "stock_location_id" | "sales_channel_id" | "opening_hours"> & {
  opening_hours?: StoreProfileInput["opening_hours"]
  city: string
  /** Sell through the POS channel only (the web key can't see it). Default: web and POS. */
  posOnly?: boolean
}

export type Network = {
  webKey: string
  posChannelId: string
  webChannelId: string
  warehouseId: string
  stores: Record<string, { id: string; stock_location_id: string }>
}

/** A small store network: a web and a POS channel, a warehouse, and the given stores, each a stock location. */
export async function createNetwork(container: MedusaContainer, specs: StoreSpec[]): Promise<Network> {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Web" }, { name: "POS" }] },
  })
  const [web, pos] = channels
  // One location at a time, each in a later millisecond, so their ids (ULIDs) sort in the order given: Medusa's
  // reserve step tries a sales channel's locations in id order, and tests about where it reserves rely on it.
  const locations: { id: string }[] = []
  for (const location of [
    { name: "Warehouse", address: { address_1: "1 Rue du Dépôt", city: "Lyon", country_code: "fr" } },
    ...specs.map((spec) => ({
      name: spec.name,
      address: { address_1: `1 Grand-Rue`, city: spec.city, country_code: "fr" },
    })),
  ]) {
    await nextMillisecond()
    const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [location] } })
    locations.push(result[0])
  }
  const [warehouse, ...storeLocations] = locations
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: warehouse.id, add: [web.id] } })
  for (const [index, location] of storeLocations.entries()) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: specs[index].posOnly ? [pos.id] : [web.id, pos.id] },
    })
  }
  const { result: profiles } = await createStoreProfilesWorkflow(container).run({
    input: {
      profiles: specs.map(({ city: _city, posOnly: _posOnly, ...spec }, index) => ({
        opening_hours: weekly(),
        ...spec,
        stock_location_id: storeLocations[index].id,
        sales_channel_id: pos.id,
      })),
    },
  })
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Web", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [web.id] } })

  return {
    webKey: keys[0].token,
    webChannelId: web.id,
    posChannelId: pos.id,
    warehouseId: warehouse.id,
    stores: Object.fromEntries(
      specs.map((spec, index) => [
        spec.code,
        { id: profiles.find((p) => p.code === spec.code)!.id, stock_location_id: storeLocations[index].id },
      ])
    ),
  }
}

/** A publishable key selling through the given sales channels (the POS channel's, a second web shop's). */
export async function publishableKey(container: MedusaContainer, title: string, channelIds: string[]): Promise<string> {
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title, type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: channelIds } })
  return key.token
}

const nextMillisecond = async () => {
  const now = Date.now()
  while (Date.now() === now) {
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

/** A merchandiser (admin user) with a login, and headers carrying their token. */
export async function adminHeaders(container: MedusaContainer, api: AxiosInstance) {
  const email = "merch@example.com"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password: PASSWORD } })
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email, first_name: "Merch", last_name: "Andiser" } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password: PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

export async function associateToken(api: AxiosInstance, email: string, password = PASSWORD): Promise<string> {
  const { data } = await api.post("/auth/associate/emailpass", { email, password })
  return data.token
}

export const bearer = (token: string, store?: string) => ({
  headers: { authorization: `Bearer ${token}`, ...(store ? { "x-passerelle-store": store } : {}) },
})

/** The error response of a request expected to fail. */
export const failure = (request: Promise<unknown>) =>
  request.then(
    () => {
      throw new Error("expected the request to fail")
    },
    (error: { response: { status: number; data: { message: string } } }) => error.response
  )

/** Retries an assertion until it holds or `timeoutMs` passes: events are delivered asynchronously (Redis too). */
export async function eventually(assertion: () => void, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      assertion()
      return
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/** Creates an associate through the admin API (as a merchandiser would) and returns their /pos headers. */
export async function signInNewAssociate(
  api: AxiosInstance,
  admin: { headers: Record<string, string> },
  associate: { email: string; employee_code: string; home_store_id: string; role?: "associate" | "manager"; store_ids?: string[] }
) {
  await api.post(
    "/admin/associates",
    { first_name: associate.email.split("@")[0], last_name: "Test", password: PASSWORD, ...associate },
    admin
  )
  return bearer(await associateToken(api, associate.email))
}
