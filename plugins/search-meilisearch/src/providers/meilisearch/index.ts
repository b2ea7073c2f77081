import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProvider } from "./service"

/**
 * Register in medusa-config under the Search module's providers:
 * `{ resolve: "@passerelle/medusa-plugin-search-meilisearch/providers/meilisearch", id: "meilisearch", options: { host, apiKey } }`.
 */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProvider] })
