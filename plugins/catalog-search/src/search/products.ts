import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCTS_INDEX } from "../constants"
import { isProductDeletion, liveIndexing, PRODUCT_INDEX_EVENTS, productsAffectedBy } from "../utils/affected-products"
import type { ProductRow } from "../utils/product-document"
import { PRODUCT_INDEX_GRAPH_FIELDS, toProductDocuments } from "../utils/product-index-source"

/**
 * The catalog as shoppers and associates search it. Words match the title first, then subtitle, categories,
 * collection, colours and sizes, then the description; SKUs and barcodes are exact (`providerOptions` asks a
 * provider that can, Meilisearch, to never typo-match them; PostgreSQL matches them as words, and the staff search
 * looks them up exactly first). Availability is click & collect's: the stores where some variant can be promised
 * for pickup now, safety buffer included, and whether the warehouse has any.
 */
const exact = { meilisearch: { typo_tolerance: false } }

const productSearchFields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  handle: search.keyword().filterable(),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  created_at: search.date().sortable().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  collection_id: search.keyword().filterable().facetable(),
  collection_title: search.text().searchable({ weight: 2 }),
  category_ids: search.keyword().array().filterable().facetable(),
  category_names: search.text().array().searchable({ weight: 2 }),
  tags: search.keyword().array().searchable({ weight: 1 }).filterable().facetable(),
  type: search.keyword().filterable().facetable(),
  skus: search.keyword().array().searchable({ weight: 3 }).filterable().providerOptions(exact),
  barcodes: search.keyword().array().searchable({ weight: 3 }).filterable().providerOptions(exact),
  colours: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  sizes: search.keyword().array().searchable({ weight: 1 }).filterable().facetable(),
  option_values: search.text().array().searchable({ weight: 1 }),
  variant_ids: search.keyword().array().filterable(),
  price: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }),
  currency_code: search.keyword().filterable(),
  prices: search
    .object({
      region_id: search.keyword(),
      currency_code: search.keyword(),
      amount: search.float(),
      original_amount: search.float(),
    })
    .array(),
  pickup_store_ids: search.keyword().array().filterable().facetable(),
  stock_store_ids: search.keyword().array().filterable().facetable(),
  warehouse_in_stock: search.boolean().filterable().facetable(),
})

const source = {
  fields: PRODUCT_INDEX_GRAPH_FIELDS,
  transform: (rows: ProductRow[], { container }: { container: { query: any } }) => toProductDocuments(rows, container.query),
}

export default defineSearchIndex({
  name: PRODUCTS_INDEX,
  entity: "product",
  fields: productSearchFields,
  events: PRODUCT_INDEX_EVENTS,
  seed: graphSeed<typeof productSearchFields, ProductRow>({ ...source, batch_size: 100 }),
  consume: graphConsume<typeof productSearchFields, ProductRow>({
    ...source,
    resolve_ids: (event, { container }) => (liveIndexing() ? productsAffectedBy(event, container.query) : []),
    is_delete: (event) => isProductDeletion(event.name),
  }),
})
