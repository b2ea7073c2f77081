import { testAppConfig } from "@passerelle/medusa-plugin-stores/testing/test-app-config"

// A Medusa app for the HTTP tests: the store network, the POS (sales rung up in store), click & collect, store
// returns (credit taken back) and sales attribution with its defaults (last touch, 14 days, no store share).
module.exports = testAppConfig([
  { resolve: "@passerelle/medusa-plugin-stores" },
  { resolve: "@passerelle/medusa-plugin-pos" },
  { resolve: "@passerelle/medusa-plugin-click-collect" },
  { resolve: "@passerelle/medusa-plugin-store-returns" },
  {
    resolve: "@passerelle/medusa-plugin-sales-attribution",
    options: { sharedCartUrl: "https://shop.example/shared-carts/{token}" },
  },
])
