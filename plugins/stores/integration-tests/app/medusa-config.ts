import { testAppConfig } from "@passerelle/medusa-plugin-stores/testing/test-app-config"

// A minimal Medusa app loading the built plugin, for the plugin's own HTTP tests.
module.exports = testAppConfig([{ resolve: "@passerelle/medusa-plugin-stores" }])
