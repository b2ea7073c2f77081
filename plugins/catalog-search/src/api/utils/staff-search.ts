import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { lookUpStock } from "@passerelle/medusa-plugin-pos/api/utils/stock-lookup"
import type { AssociateStore } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { PRODUCTS_INDEX } from "../../constants"
import type { PosSearchBodyType } from "../pos/search/validators"

/** What the tablet lists for each product found. */
const HIT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "price",
  "currency_code",
  "skus",
  "colours",
  "sizes",
  "stock_store_ids",
  "pickup_store_ids",
  "warehouse_in_stock",
]

const FACETS: SearchTypes.SearchOptions["facets"] = [
  { field: "category_ids", limit: 30 },
  { field: "collection_id", limit: 30 },
  { field: "colours", limit: 50 },
  { field: "sizes", limit: 50 },
  { field: "stock_store_ids", limit: 100 },
  { field: "price", type: "stats" },
]

/** A code typed or scanned: one word, as SKUs and barcodes are. */
const looksLikeCode = (q: string) => /^[\p{L}\p{N}._/-]{3,64}$/u.test(q)

/**
 * The variant whose SKU, barcode, EAN or UPC is exactly `code` (SKUs also in capitals, as printed on labels).
 * Medusa's unique indexes on these columns make it a single indexed read: fast enough for a scanner.
 */
export async function findVariantByCode(
  scope: MedusaContainer,
  code: string
): Promise<{ id: string; product_id: string; match: "sku" | "barcode" } | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const skus = [...new Set([code, code.toUpperCase()])]
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "sku", "barcode", "ean", "upc"],
    filters: { $or: [{ sku: skus }, { barcode: code }, { ean: code }, { upc: code }] } as any,
    pagination: { take: 2 },
  })
  const variant = (data as any[]).find((v) => skus.includes(v.sku)) ?? (data as any[])[0]
  if (!variant) {
    return null
  }
  return { id: variant.id, product_id: variant.product_id, match: skus.includes(variant.sku) ? "sku" : "barcode" }
}

/** The index filters the tablet's filters stand for, inside the acting store's sales channel, published only. */
function indexFilters(store: AssociateStore, filters: PosSearchBodyType["filters"]): SearchTypes.SearchFilters {
  const and: SearchTypes.SearchFilters[] = [{ status: "published" }]
  if (store.sales_channel_id) {
    and.push({ sales_channel_ids: store.sales_channel_id })
  }
  if (filters?.in_stock_here) {
    and.push({ stock_store_ids: store.id })
  }
  if (filters?.available_at) {
    and.push({ pickup_store_ids: filters.available_at })
  }
  if (filters?.category_id) {
    and.push({ category_ids: filters.category_id })
  }
  if (filters?.collection_id) {
    and.push({ collection_id: filters.collection_id })
  }
  if (filters?.colour) {
    and.push({ colours: filters.colour })
  }
  if (filters?.size) {
    and.push({ sizes: filters.size })
  }
  if (filters?.price_min !== undefined || filters?.price_max !== undefined) {
    and.push({
      price: {
        ...(filters.price_min !== undefined ? { $gte: filters.price_min } : {}),
        ...(filters.price_max !== undefined ? { $lte: filters.price_max } : {}),
      },
    })
  }
  return { $and: and }
}

type Hit = Record<string, any>

const toStaffHit = (document: Hit, store: AssociateStore) => ({
  id: document.id,
  title: document.title,
  subtitle: document.subtitle ?? null,
  handle: document.handle,
  thumbnail: document.thumbnail ?? null,
  price: document.price ?? null,
  currency_code: document.currency_code ?? null,
  skus: document.skus ?? [],
  colours: document.colours ?? [],
  sizes: document.sizes ?? [],
  in_stock_here: (document.stock_store_ids ?? []).includes(store.id),
  pickup_here: (document.pickup_store_ids ?? []).includes(store.id),
  warehouse_in_stock: document.warehouse_in_stock ?? false,
})

/**
 * The tablet's search: a scanned barcode or a typed SKU is looked up exactly first and answered alone (the variant
 * with its stock here, at nearby stores and at the warehouses, and its product); anything else searches the products index,
 * prefix-matching the last word as the associate types, inside the store's channel. Only when the words match
 * nothing is the search run again typo tolerant: a typo-tolerant match on PostgreSQL compares the query with every
 * document, which a scanner's answer shouldn't wait for.
 */
export async function searchForStaff(scope: MedusaContainer, store: AssociateStore, body: PosSearchBodyType) {
  const searchModule = scope.resolve(Modules.SEARCH)
  const exactVariant = looksLikeCode(body.q) ? await findVariantByCode(scope, body.q) : null
  const filters = indexFilters(store, body.filters)

  const searchWords = (typoTolerance: boolean) =>
    searchModule.search<Hit>({
      entity: PRODUCTS_INDEX,
      fields: HIT_FIELDS,
      filters: { ...filters, q: body.q },
      pagination: { skip: body.offset, take: body.limit },
      search_options: { typo_tolerance: typoTolerance, match_strategy: "last", ...(body.facets ? { facets: FACETS } : {}) },
    })

  if (exactVariant) {
    // A scan: the variant, where it is, and its product; no list to browse, so no full-text search or facets.
    const [stock, product] = await Promise.all([
      lookUpStock(scope, { field: "id", value: exactVariant.id }, store.id),
      searchModule.search<Hit>({
        entity: PRODUCTS_INDEX,
        fields: HIT_FIELDS,
        filters: { $and: [filters, { id: exactVariant.product_id }] },
        pagination: { take: 1 },
      }),
    ])
    const hits = body.offset === 0 ? product.hits.map((hit) => toStaffHit(hit.document, store)) : []
    return {
      exact: { match: exactVariant.match, product_id: exactVariant.product_id, ...stock },
      hits,
      facets: {},
      count: product.hits.length,
      limit: body.limit,
      offset: body.offset,
    }
  }

  const wordsMatch = await searchWords(false)
  const result = wordsMatch.metadata.count === 0 ? await searchWords(true) : wordsMatch
  return {
    exact: null,
    hits: result.hits.map((hit) => toStaffHit(hit.document, store)),
    facets: result.facets ?? {},
    count: result.metadata.count,
    limit: body.limit,
    offset: body.offset,
  }
}
