import { testAppConfig } from "@passerelle/medusa-plugin-stores/testing/test-app-config"

// The same app with the other rules: credit split between the associates who touched, and 10% of a click & collect
// order to the store that handed it over. Options are per app, so these tests boot this one.
module.exports = testAppConfig([
  { resolve: "@passerelle/medusa-plugin-stores" },
  { resolve: "@passerelle/medusa-plugin-pos" },
  { resolve: "@passerelle/medusa-plugin-click-collect" },
  { resolve: "@passerelle/medusa-plugin-store-returns" },
  {
    resolve: "@passerelle/medusa-plugin-sales-attribution",
    options: { onlineRule: "split", clickCollectStoreShare: 0.1 },
  },
])
