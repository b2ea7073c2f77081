import { testAppConfig } from "@passerelle/medusa-plugin-stores/testing/test-app-config"

// A minimal Medusa app loading the built plugins (stores for associate auth, then pos) for the POS HTTP tests.
module.exports = testAppConfig([
  { resolve: "@passerelle/medusa-plugin-stores" },
  { resolve: "@passerelle/medusa-plugin-pos" },
])
