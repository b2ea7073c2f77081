import { testAppConfig } from "@passerelle/medusa-plugin-stores/testing/test-app-config"

// A minimal Medusa app loading the built plugins (stores for the store network, then click-collect) for the HTTP tests.
module.exports = testAppConfig([
  { resolve: "@passerelle/medusa-plugin-stores" },
  { resolve: "@passerelle/medusa-plugin-click-collect", options: { safetyBuffer: 1, sameDayCutoffMinutes: 60 } },
])
