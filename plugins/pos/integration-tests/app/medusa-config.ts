import { defineConfig } from "@medusajs/framework/utils"

const redisUrl = process.env.REDIS_URL

// A minimal Medusa app loading the built plugins (stores for associate auth, then pos) for the POS HTTP tests.
// With REDIS_URL (the
// `http-redis` tier) events, workflows, locks and cache run on Redis, as in a production deployment.
module.exports = defineConfig({
  projectConfig: {
    redisUrl,
    http: {
      jwtSecret: "pos-plugin-tests",
      cookieSecret: "pos-plugin-tests",
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:8000,http://localhost:9000",
      authMethodsPerActor: { associate: ["emailpass"] },
    },
  },
  plugins: [
    { resolve: "@passerelle/medusa-plugin-stores", options: {} },
    { resolve: "@passerelle/medusa-plugin-pos", options: {} },
  ],
  modules: redisUrl
    ? [
        { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
        { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
        {
          resolve: "@medusajs/medusa/locking",
          options: {
            providers: [
              { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
            ],
          },
        },
        { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      ]
    : [],
})
