import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createFrenchRegion } from "@passerelle/medusa-plugin-stores/testing/french-shop"
import {
  adminHeaders,
  createNetwork,
  type Network,
  publishableKey,
  signInNewAssociate,
} from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"

export const PRODUCTS_INDEX = "products"

/** The catalog: what shoppers type for, and where each one is stocked. */
export const LINEN_DRESS = {
  handle: "robe-lin-bleue",
  title: "Robe en lin bleue",
  description: "Une robe fluide en lin lavé, coupe portefeuille.",
  variants: [
    { sku: "RLB-BCI-S", barcode: "3700000000011", colour: "Bleu ciel", size: "S", price: 120 },
    { sku: "RLB-BCI-M", barcode: "3700000000028", colour: "Bleu ciel", size: "M", price: 120 },
  ],
}
export const SAILOR_SWEATER = {
  handle: "pull-marin",
  title: "Pull marin",
  description: "Maille de coton épaisse, rayures bretonnes.",
  variants: [
    { sku: "PM-MAR-M", barcode: "3700000000035", colour: "Marine", size: "M", price: 80 },
    { sku: "PM-ECR-M", barcode: "3700000000042", colour: "Écru", size: "M", price: 80 },
  ],
}
export const LINEN_SHIRT = {
  handle: "chemise-lin",
  title: "Chemise en lin",
  description: "Chemise en lin blanc, col officier.",
  variants: [{ sku: "CL-BLC-L", barcode: "3700000000059", colour: "Blanc", size: "L", price: 65 }],
}
/** Not published yet: never searchable by shoppers. */
export const DRAFT_DRESS = {
  handle: "robe-lin-brouillon",
  title: "Robe en lin rouge (brouillon)",
  description: "Une robe en lin, pas encore en ligne.",
  status: "draft" as const,
  variants: [{ sku: "RLR-ROU-M", barcode: "3700000000066", colour: "Rouge", size: "M", price: 110 }],
}
/** Sold at the tills only: never on the web shop's search. */
export const STORE_TOTE = {
  handle: "tote-lin-atelier",
  title: "Tote en lin atelier",
  description: "Sac cabas en lin épais.",
  channels: "pos" as const,
  variants: [{ sku: "TLA-NAT-TU", barcode: "3700000000073", colour: "Naturel", size: "TU", price: 35 }],
}

type ProductSpec = typeof LINEN_DRESS & { status?: "published" | "draft"; channels?: "pos" }

export type SearchWorld = {
  network: Network
  regionId: string
  shippingProfileId: string
  admin: { headers: Record<string, string> }
  /** Léa's tablet at PAR-01. */
  paris: { headers: Record<string, string> }
  productIds: Record<string, string>
  variantIds: Record<string, string>
  itemIds: Record<string, string>
  posKey: string
}

/**
 * Two stores (Paris and Lyon, both offering pickup), a warehouse, a web and a POS channel, and the catalog above
 * with sizes and colours as options, EUR prices and stock:
 * - the linen dress: 3 in Paris (2 to promise, with the safety buffer of 1), 1 in Lyon (0 to promise: on the
 *   shelf, not for pickup), 5 in the warehouse;
 * - the sailor sweater: 4 in Lyon only;
 * - the linen shirt: the warehouse only.
 */
export async function openSearchWorld(container: MedusaContainer, api: AxiosInstance): Promise<SearchWorld> {
  const network = await createNetwork(container, [
    { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
    { code: "LYO-01", name: "Lyon Presqu'île", city: "Lyon", timezone: "Europe/Paris", latitude: 45.76, longitude: 4.83 },
  ])
  const { regionId, shippingProfileId } = await createFrenchRegion(container)
  const products: ProductSpec[] = [LINEN_DRESS, SAILOR_SWEATER, LINEN_SHIRT, DRAFT_DRESS, STORE_TOTE]
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((product) => ({
        title: product.title,
        handle: product.handle,
        description: product.description,
        status: product.status ?? ("published" as const),
        shipping_profile_id: shippingProfileId,
        sales_channels:
          product.channels === "pos" ? [{ id: network.posChannelId }] : [{ id: network.webChannelId }, { id: network.posChannelId }],
        options: [
          { title: "Colour", values: [...new Set(product.variants.map((v) => v.colour))] },
          { title: "Size", values: [...new Set(product.variants.map((v) => v.size))] },
        ],
        variants: product.variants.map((variant) => ({
          title: `${variant.colour} / ${variant.size}`,
          sku: variant.sku,
          barcode: variant.barcode,
          manage_inventory: true,
          options: { Colour: variant.colour, Size: variant.size },
          prices: [{ currency_code: "eur", amount: variant.price }],
        })),
      })),
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: products.flatMap((p) => p.variants.map((v) => v.sku)) },
  })
  const variantIds = Object.fromEntries((variants as any[]).map((v) => [v.sku, v.id]))
  const itemIds = Object.fromEntries((variants as any[]).map((v) => [v.sku, v.inventory_items[0].inventory_item_id]))
  const paris = network.stores["PAR-01"].stock_location_id
  const lyon = network.stores["LYO-01"].stock_location_id
  const stock: [string, string, number][] = [
    ["RLB-BCI-M", paris, 3],
    ["RLB-BCI-M", lyon, 1],
    ["RLB-BCI-M", network.warehouseId, 5],
    ["PM-MAR-M", lyon, 4],
    ["CL-BLC-L", network.warehouseId, 6],
    ["TLA-NAT-TU", paris, 8],
    ["RLR-ROU-M", paris, 2],
  ]
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: stock.map(([sku, location_id, stocked_quantity]) => ({
        inventory_item_id: itemIds[sku],
        location_id,
        stocked_quantity,
      })),
    },
  })
  const admin = await adminHeaders(container, api)
  return {
    network,
    regionId,
    shippingProfileId,
    admin,
    paris: await signInNewAssociate(api, admin, {
      email: "lea@example.com",
      employee_code: "E-1",
      home_store_id: network.stores["PAR-01"].id,
    }),
    productIds: Object.fromEntries(created.map((p) => [p.handle, p.id])),
    variantIds,
    itemIds,
    posKey: await publishableKey(container, "POS", [network.posChannelId]),
  }
}

/** Rebuilds the products index from the catalog and waits for it (the Search module's reindex awaits the run). */
export async function reindexProducts(container: MedusaContainer): Promise<void> {
  await container.resolve(Modules.SEARCH).reindex({ index: PRODUCTS_INDEX, strategy: "in_place" })
}

/** `POST /store/search` on the products index with the web shop's key; answers the first result. */
export async function storeSearch(api: AxiosInstance, key: string, body: Record<string, unknown>) {
  const { data } = await api.post("/store/search", { entity: PRODUCTS_INDEX, ...body }, { headers: { "x-publishable-api-key": key } })
  return data.results[0] as { hits: { id: string; document: Record<string, any> }[]; facets?: any; metadata: any }
}
