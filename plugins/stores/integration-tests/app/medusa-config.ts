import { defineConfig } from "@medusajs/framework/utils"

// A minimal Medusa app that loads the built plugin, for the plugin's own HTTP tests.
module.exports = defineConfig({
  projectConfig: {
    http: {
      jwtSecret: "stores-plugin-tests",
      cookieSecret: "stores-plugin-tests",
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:8000,http://localhost:9000",
      authMethodsPerActor: { associate: ["emailpass"] },
    },
  },
  plugins: [{ resolve: "@passerelle/medusa-plugin-stores", options: {} }],
})
