import type { MedusaContainer } from "@medusajs/framework/types"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { adminHeaders, createNetwork, Network, signInNewAssociate } from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"
import { Catalog, createCatalog, setStock } from "./catalog"
import { placePickupOrder, waitForPickup } from "./pickup-orders"

export type Tablet = { headers: Record<string, string> }

export type PickupStores = {
  network: Network
  catalog: Catalog
  /** Léa's tablet at PAR-01, the store the shopper collects from. */
  paris: Tablet
  /** Hugo's tablet at LYO-01. */
  lyon: Tablet
  /** A click & collect order of one PM-M at PAR-01, and its pickup once the subscriber made it. */
  orderAtParis: () => Promise<{ orderId: string; pickup: any }>
}

/**
 * Two stores (Paris offering pickup, Lyon), one product stocked at both, and one associate signed in at each:
 * the staff suites' world. Associates log in as the POS suites do (stores plugin test helpers).
 */
export async function openPickupStores(container: MedusaContainer, api: AxiosInstance): Promise<PickupStores> {
  const network = await createNetwork(container, [
    { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
    { code: "LYO-01", name: "Lyon Presqu'île", city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
  ])
  const catalog = await createCatalog(container, network, [{ title: "Pull marin", variants: [{ sku: "PM-M" }] }])
  await setStock(container, catalog, {
    "PM-M": {
      [network.stores["PAR-01"].stock_location_id]: 10,
      [network.stores["LYO-01"].stock_location_id]: 10,
      [network.warehouseId]: 10,
    },
  })
  const { result } = await createStorePickupOptionWorkflow(container).run({
    input: { store_profile_id: network.stores["PAR-01"].id, shipping_profile_id: catalog.shippingProfileId },
  })
  const admin = await adminHeaders(container, api)
  const signIn = (email: string, employee_code: string, storeCode: string) =>
    signInNewAssociate(api, admin, { email, employee_code, home_store_id: network.stores[storeCode].id })
  const orderAtParis = async () => {
    const orderId = await placePickupOrder(api, {
      webKey: network.webKey,
      regionId: catalog.regionId,
      optionId: result.shipping_option_id!,
      items: [{ variant_id: catalog.variantIds["PM-M"], quantity: 2 }],
    })
    return { orderId, pickup: await waitForPickup(container, orderId) }
  }
  return {
    network,
    catalog,
    paris: await signIn("lea@example.com", "E-1", "PAR-01"),
    lyon: await signIn("hugo@example.com", "E-2", "LYO-01"),
    orderAtParis,
  }
}
