import { defineConfig } from "@medusajs/framework/utils"

/** Shopper emails go to Medusa's local notification provider, so a test reads what was sent from the notification table. */
const LOCAL_NOTIFICATIONS = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }],
  },
}

/**
 * The Medusa app a Passerelle plugin's HTTP tests run against: the given built plugins, associates allowed to log
 * in by email and password, notifications on the local provider, and, when REDIS_URL is set (the `http-redis` test tier), events, workflows, locks and
 * cache on Redis as in production. Exported as `@passerelle/medusa-plugin-stores/testing/test-app-config`.
 */
export function testAppConfig(plugins: { resolve: string; options?: Record<string, unknown> }[]) {
  const redisUrl = process.env.REDIS_URL
  return defineConfig({
    projectConfig: {
      redisUrl,
      http: {
        jwtSecret: "passerelle-plugin-tests",
        cookieSecret: "passerelle-plugin-tests",
        storeCors: "http://localhost:8000",
        adminCors: "http://localhost:9000",
        authCors: "http://localhost:8000,http://localhost:9000",
        authMethodsPerActor: { associate: ["emailpass"] },
      },
    },
    plugins: plugins.map((plugin) => ({ options: {}, ...plugin })),
    modules: [
      LOCAL_NOTIFICATIONS,
      ...(redisUrl
      ? [
          { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
          { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
          {
            resolve: "@medusajs/medusa/locking",
            options: {
              providers: [
                {
                  resolve: "@medusajs/medusa/locking-redis",
                  id: "locking-redis",
                  is_default: true,
                  options: { redisUrl },
                },
              ],
            },
          },
          { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
        ]
      : []),
    ],
  })
}
