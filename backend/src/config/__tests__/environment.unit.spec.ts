import { DEFAULT_SECRET, readEnvironment } from "../environment"
import { buildModules, NOTIFICATION_MODULE, searchModule } from "../modules"

describe("readEnvironment", () => {
  it("boots a laptop with no configuration at all on Medusa's in-memory defaults", () => {
    const { environment, errors } = readEnvironment({})
    expect(errors).toEqual([])
    expect(environment.workerMode).toBe("shared")
    expect(environment.redisUrl).toBeUndefined()
    // Shopper emails land in the log (local provider); search runs on PostgreSQL.
    expect(buildModules(environment)).toEqual([NOTIFICATION_MODULE, searchModule(undefined)])
    expect(searchModule(undefined).options).toEqual({
      providers: [expect.objectContaining({ resolve: "@medusajs/medusa/search-postgres" })],
    })
  })

  it("moves event bus, workflow engine, locking and cache to Redis when REDIS_URL is set", () => {
    const { environment, errors } = readEnvironment({ REDIS_URL: "redis://127.0.0.1:6379" })
    expect(errors).toEqual([])
    const resolved = buildModules(environment).map((module) => module.resolve)
    expect(resolved).toEqual([
      "@medusajs/medusa/notification",
      "@medusajs/medusa/search",
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/locking",
      "@medusajs/medusa/cache-redis",
    ])
  })

  it("names REDIS_URL when it is malformed", () => {
    expect(readEnvironment({ REDIS_URL: "localhost:6379" }).errors).toEqual([
      expect.stringMatching(/^REDIS_URL must start with redis:\/\/ or rediss:\/\//),
    ])
    expect(readEnvironment({ REDIS_URL: "not a url" }).errors).toEqual([
      expect.stringMatching(/^REDIS_URL is not a valid URL/),
    ])
  })

  it("names DATABASE_URL when it is not a PostgreSQL URL", () => {
    expect(readEnvironment({ DATABASE_URL: "mysql://db/passerelle" }).errors).toEqual([
      expect.stringMatching(/^DATABASE_URL must start with postgres:\/\//),
    ])
  })

  it("rejects an unknown worker mode", () => {
    expect(readEnvironment({ MEDUSA_WORKER_MODE: "both" }).errors).toEqual([
      'MEDUSA_WORKER_MODE must be one of shared, server, worker, got "both"',
    ])
  })

  it("refuses production with Medusa's public default secrets", () => {
    const { errors } = readEnvironment({ NODE_ENV: "production", JWT_SECRET: DEFAULT_SECRET })
    expect(errors).toEqual([
      expect.stringMatching(/^JWT_SECRET must be set/),
      expect.stringMatching(/^COOKIE_SECRET must be set/),
    ])
  })

  it("refuses a production server/worker split on in-memory infrastructure", () => {
    const secrets = { NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b" }
    expect(readEnvironment({ ...secrets, MEDUSA_WORKER_MODE: "worker" }).errors).toEqual([
      expect.stringMatching(/^REDIS_URL must be set when MEDUSA_WORKER_MODE=worker/),
    ])
    expect(
      readEnvironment({ ...secrets, MEDUSA_WORKER_MODE: "server", REDIS_URL: "redis://redis:6379" }).errors
    ).toEqual([])
    expect(readEnvironment({ ...secrets, MEDUSA_WORKER_MODE: "shared" }).errors).toEqual([])
    // One-shot commands (db:migrate, exec) set worker mode "server" themselves and share nothing.
    expect(
      readEnvironment({ ...secrets, MEDUSA_WORKER_MODE: "server" }, { longRunning: false }).errors
    ).toEqual([])
  })

  it("moves the search indexes to Meilisearch when MEILISEARCH_HOST is set, PostgreSQL staying registered", () => {
    const { environment, errors } = readEnvironment({ MEILISEARCH_HOST: "http://meilisearch:7700", MEILISEARCH_API_KEY: "k" })
    expect(errors).toEqual([])
    const search = buildModules(environment).find((module) => module.resolve === "@medusajs/medusa/search")!
    expect(search.options).toEqual({
      providers: [
        expect.objectContaining({ resolve: "@medusajs/medusa/search-postgres", id: "postgres" }),
        {
          resolve: "@passerelle/medusa-plugin-search-meilisearch/providers/meilisearch",
          id: "meilisearch",
          options: { host: "http://meilisearch:7700", apiKey: "k" },
        },
      ],
      default_provider: "meilisearch",
    })
  })

  it("names MEILISEARCH_HOST when it is not an http(s) URL, and wants its key in production", () => {
    expect(readEnvironment({ MEILISEARCH_HOST: "meilisearch:7700" }).errors).toEqual([
      expect.stringMatching(/^MEILISEARCH_HOST must start with http:\/\/ or https:\/\//),
    ])
    const production = { NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b", MEILISEARCH_HOST: "http://m:7700" }
    expect(readEnvironment(production).errors).toEqual([expect.stringMatching(/^MEILISEARCH_API_KEY must be set/)])
  })

  it("never serves the admin from a worker", () => {
    expect(readEnvironment({ MEDUSA_WORKER_MODE: "worker" }).environment.adminDisabled).toBe(true)
    expect(readEnvironment({ MEDUSA_WORKER_MODE: "server" }).environment.adminDisabled).toBe(false)
  })

  it("registers Stripe beside the system provider only when STRIPE_API_KEY is set", () => {
    const { environment } = readEnvironment({ STRIPE_API_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_1" })
    expect(buildModules(environment)).toEqual([
      NOTIFICATION_MODULE,
      searchModule(undefined),
      expect.objectContaining({
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            expect.objectContaining({
              resolve: "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: { apiKey: "sk_test_123", webhookSecret: "whsec_1" },
            }),
          ],
        },
      }),
    ])
    expect(
      readEnvironment({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b", STRIPE_API_KEY: "sk" }).errors
    ).toEqual(["STRIPE_WEBHOOK_SECRET must be set with STRIPE_API_KEY in production"])
  })
})
