import { defineConfig } from "@medusajs/framework/utils"
import { contractIndex, CONTRACT_PROVIDERS } from "../helpers/contract-index"

// The provider contract's app: Medusa's Search module with its PostgreSQL provider, and the Meilisearch provider
// when MEILISEARCH_HOST names a server; one contract index per provider.
const meilisearch = process.env.MEILISEARCH_HOST
  ? [
      {
        resolve: "@passerelle/medusa-plugin-search-meilisearch/providers/meilisearch",
        id: "meilisearch",
        options: { host: process.env.MEILISEARCH_HOST, apiKey: process.env.MEILISEARCH_API_KEY || undefined },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    http: {
      jwtSecret: "passerelle-plugin-tests",
      cookieSecret: "passerelle-plugin-tests",
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:8000,http://localhost:9000",
    },
  },
  modules: [
    {
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [{ resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: {} }, ...meilisearch],
        default_provider: "search-postgres",
        // A shared Meilisearch keeps its indexes between runs; each run writes its own.
        ...(process.env.MEILISEARCH_HOST ? { index_prefix: `run${Date.now().toString(36)}` } : {}),
        indexes: CONTRACT_PROVIDERS.map(contractIndex),
      },
    },
  ],
})
