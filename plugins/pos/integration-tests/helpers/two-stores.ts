import type { MedusaContainer } from "@medusajs/framework/types"
import { adminHeaders, createNetwork, Network, signInNewAssociate } from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"
import { Catalog, createCatalog } from "./catalog"

export type Tablet = { headers: Record<string, string> }

export type TwoStores = {
  network: Network
  catalog: Catalog
  /** Léa's tablet at PAR-01. */
  paris: Tablet
  /** Hugo's tablet at LYO-01. */
  lyon: Tablet
  /** Signs in another associate of a store (a second tablet). */
  signIn: (email: string, employeeCode: string, storeCode: string) => Promise<Tablet>
}

/** The POS suites' world: Paris and Lyon stores with the test catalog, and one associate signed in at each. */
export async function openTwoStores(container: MedusaContainer, api: AxiosInstance): Promise<TwoStores> {
  const network = await createNetwork(container, [
    { code: "PAR-01", name: "Paris", city: "Paris", timezone: "Europe/Paris", latitude: 48.85, longitude: 2.35 },
    { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
  ])
  const catalog = await createCatalog(container, network)
  const admin = await adminHeaders(container, api)
  const signIn = (email: string, employee_code: string, storeCode: string) =>
    signInNewAssociate(api, admin, { email, employee_code, home_store_id: network.stores[storeCode].id })
  return {
    network,
    catalog,
    paris: await signIn("lea@example.com", "E-1", "PAR-01"),
    lyon: await signIn("hugo@example.com", "E-2", "LYO-01"),
    signIn,
  }
}
