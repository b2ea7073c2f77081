import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { readEnvironment } from "./src/config/environment"
import { buildModules } from "./src/config/modules"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"

// `medusa start` / `medusa develop` serve for hours; db:migrate, exec and friends run once and exit.
const longRunning = ["start", "develop"].includes(process.argv[2] ?? "")
const { environment, errors } = readEnvironment(process.env, { longRunning })
if (errors.length) {
  // One line per problem and no stack trace: the operator needs the variable's name, not our internals.
  for (const error of errors) {
    console.error(`Configuration error: ${error}`)
  }
  process.exit(1)
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: environment.databaseUrl,
    redisUrl: environment.redisUrl,
    workerMode: environment.workerMode,
    http: {
      storeCors: environment.storeCors,
      adminCors: environment.adminCors,
      authCors: environment.authCors,
      jwtSecret: environment.jwtSecret,
      cookieSecret: environment.cookieSecret,
      // Store staff log in as their own actor type (plugins/stores), by email and password only.
      authMethodsPerActor: { associate: ["emailpass"] },
    },
  },
  admin: {
    disable: environment.adminDisabled,
    backendUrl: environment.backendUrl,
  },
  modules: buildModules(environment),
  plugins: [
    { resolve: "@passerelle/medusa-plugin-stores", options: {} },
    { resolve: "@passerelle/medusa-plugin-pos", options: {} },
    // Click & collect: each store's pickup option and live store availability (defaults: 1 unit of safety
    // buffer per store, same-day pickup for orders placed up to 60 minutes before closing).
    { resolve: "@passerelle/medusa-plugin-click-collect", options: { safetyBuffer: 1, sameDayCutoffMinutes: 60 } },
    // Return anywhere: in-store returns of online and store purchases (defaults: a 30-day window from delivery or
    // collection; products tagged "non-returnable" can't come back; return QR tokens last 72 hours).
    { resolve: "@passerelle/medusa-plugin-store-returns", options: { returnWindowDays: 30 } },
    // Credit follows the customer: last touch within 14 days, shared-cart links valid 14 days, opened by the storefront.
    {
      resolve: "@passerelle/medusa-plugin-sales-attribution",
      options: { attributionWindowDays: 14, onlineRule: "last_touch", clickCollectStoreShare: 0 },
    },
    // Product search that knows store stock: the products index (POST /store/search, POST /pos/search), on
    // PostgreSQL, or Meilisearch with MEILISEARCH_HOST (src/config/modules.ts).
    { resolve: "@passerelle/medusa-plugin-catalog-search", options: {} },
  ],
})
