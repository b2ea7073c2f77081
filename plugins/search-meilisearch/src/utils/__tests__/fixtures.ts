import type { SearchTypes } from "@medusajs/framework/types"

/** A products-like index definition, as the Search module resolves it before calling a provider. */
export const CATALOG_INDEX: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "catalog",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  physical_name: "catalog_v3",
  definition_hash: "hash",
  settings: { typo_tolerance: { min_word_size_for_one_typo: 4 }, distinct_attribute: "handle" },
  fields: {
    id: { type: "keyword", filterable: true },
    title: { type: "text", searchable: { weight: 3 }, sortable: true },
    description: { type: "text", searchable: { weight: 1 } },
    subtitle: { type: "text", searchable: { weight: 2 } },
    handle: { type: "keyword", filterable: true },
    skus: { type: "keyword", array: true, searchable: { weight: 3 }, filterable: true, provider_options: { meilisearch: { typo_tolerance: false } } },
    colours: { type: "keyword", array: true, filterable: true, facetable: true },
    price: { type: "float", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
    in_stock: { type: "boolean", filterable: true },
    created_at: { type: "date", filterable: true, sortable: true },
    prices: { type: "object", array: true, fields: { amount: { type: "float" }, region_id: { type: "keyword", filterable: true } } },
  },
  seed: async function* () {},
}
