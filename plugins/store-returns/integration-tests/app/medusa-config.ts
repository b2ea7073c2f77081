import { testAppConfig } from "@passerelle/medusa-plugin-stores/testing/test-app-config"

// A minimal Medusa app for the HTTP tests: the store network, the POS (cash-paid store sales), click & collect
// (orders collected in a store) and store returns, so every kind of order can come back to a counter.
module.exports = testAppConfig([
  { resolve: "@passerelle/medusa-plugin-stores" },
  { resolve: "@passerelle/medusa-plugin-pos" },
  { resolve: "@passerelle/medusa-plugin-click-collect" },
  { resolve: "@passerelle/medusa-plugin-store-returns", options: { returnWindowDays: 30 } },
])
