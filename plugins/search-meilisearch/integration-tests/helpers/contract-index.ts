import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"

/** The events the contract suite writes with: `data` is the mutation itself. */
export const CONTRACT_EVENTS = { upsert: "contract.documents.upsert", delete: "contract.documents.delete" }

/** The providers the contract runs on: PostgreSQL always, Meilisearch when a server is named. */
export const CONTRACT_PROVIDERS = ["search-postgres", ...(process.env.MEILISEARCH_HOST ? ["meilisearch"] : [])]

export const contractIndexName = (provider: string) => `contract_${provider.replace(/-/g, "_")}`

const fields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  description: search.text().searchable({ weight: 1 }),
  sku: search.keyword().searchable({ weight: 3 }).filterable().providerOptions({ meilisearch: { typo_tolerance: false } }),
  category: search.keyword().filterable().facetable(),
  tags: search.keyword().array().filterable().facetable(),
  price: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }),
  rank: search.integer().filterable().sortable(),
  in_stock: search.boolean().filterable(),
  released_at: search.date().filterable().sortable(),
  note: search.keyword().filterable(),
})

/**
 * One index per provider, fed by the contract's events: whatever a test ingests reaches every provider under test
 * through the Search module's own ingestion (which waits for asynchronous engines), as a shop's events would.
 */
export function contractIndex(provider: string): SearchTypes.SearchIndexDefinition {
  return {
    name: contractIndexName(provider),
    entity: "contract_item",
    provider,
    fields: fields.toFields(),
    events: [CONTRACT_EVENTS.upsert, CONTRACT_EVENTS.delete],
    seed: async function* () {},
    consume: async (event) =>
      event.name === CONTRACT_EVENTS.upsert
        ? [{ action: "upsert", documents: event.data.documents }]
        : [{ action: "delete", filters: event.data.filters }],
  }
}
