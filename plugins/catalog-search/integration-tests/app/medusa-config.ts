import { testAppConfig } from "@passerelle/medusa-plugin-stores/testing/test-app-config"

// A Medusa app for the HTTP tests: the store network, the POS (the staff namespace's selling routes and stock
// lookup), click & collect (pickup availability and its safety buffer) and the catalog search, on Medusa's Search
// module with its default PostgreSQL provider.
module.exports = testAppConfig([
  { resolve: "@passerelle/medusa-plugin-stores" },
  { resolve: "@passerelle/medusa-plugin-pos" },
  { resolve: "@passerelle/medusa-plugin-click-collect" },
  { resolve: "@passerelle/medusa-plugin-catalog-search" },
])
