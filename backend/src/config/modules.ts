import { Modules } from "@medusajs/framework/utils"
import type { Environment } from "./environment"

type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

/**
 * With REDIS_URL, every piece of Medusa infrastructure that must be shared between processes
 * (events, workflow state, locks, cache) moves to Redis. Without it, Medusa's in-memory defaults
 * stand, which is right for one process on a laptop and refused in production with a worker split.
 */
function redisModules(redisUrl: string): ModuleEntry[] {
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
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
    {
      resolve: "@medusajs/medusa/cache-redis",
      options: { redisUrl },
    },
  ]
}

/** The system provider is always registered by the Payment Module; it also records POS cash. */
function paymentModule(stripe: NonNullable<Environment["stripe"]>): ModuleEntry {
  return {
    resolve: "@medusajs/medusa/payment",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: {
            apiKey: stripe.apiKey,
            webhookSecret: stripe.webhookSecret,
          },
        },
      ],
    },
  }
}

/**
 * Shopper emails (click & collect's "ready", reminder, expiry) go through Medusa's Notification module. The local
 * provider writes them to the log and the notification table; a retailer swaps in SendGrid or their own provider
 * for the "email" channel here.
 */
export const NOTIFICATION_MODULE: ModuleEntry = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { channels: ["email"] },
      },
    ],
  },
}

/** Medusa's PostgreSQL search provider: the catalog's search on the embedded start, with no other server. */
const POSTGRES_SEARCH_PROVIDER = { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: {} }

/**
 * The Search module. PostgreSQL serves the indexes by default; with MEILISEARCH_HOST, Meilisearch does, and the
 * PostgreSQL provider stays registered so `db:migrate` can still drop the indexes it held (Medusa's advice for a
 * provider switch).
 */
export function searchModule(meilisearch: Environment["meilisearch"]): ModuleEntry {
  if (!meilisearch) {
    return { resolve: "@medusajs/medusa/search", options: { providers: [POSTGRES_SEARCH_PROVIDER] } }
  }
  return {
    resolve: "@medusajs/medusa/search",
    options: {
      providers: [
        POSTGRES_SEARCH_PROVIDER,
        {
          resolve: "@passerelle/medusa-plugin-search-meilisearch/providers/meilisearch",
          id: "meilisearch",
          options: { host: meilisearch.host, ...(meilisearch.apiKey ? { apiKey: meilisearch.apiKey } : {}) },
        },
      ],
      default_provider: "meilisearch",
    },
  }
}

export function buildModules(environment: Environment): ModuleEntry[] {
  const modules: ModuleEntry[] = [NOTIFICATION_MODULE, searchModule(environment.meilisearch)]
  if (environment.redisUrl) {
    modules.push(...redisModules(environment.redisUrl))
  }
  if (environment.stripe) {
    modules.push(paymentModule(environment.stripe))
  }
  return modules
}

/** Which Medusa module serves each infrastructure role, for logs and tests. */
export function infrastructureSummary(environment: Environment): Record<string, string> {
  const backend = environment.redisUrl ? "redis" : "in-memory"
  return {
    [Modules.EVENT_BUS]: backend,
    [Modules.WORKFLOW_ENGINE]: backend,
    [Modules.LOCKING]: environment.redisUrl ? "redis" : "in-memory",
    [Modules.CACHE]: backend,
  }
}
