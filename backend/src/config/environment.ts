/**
 * Everything Passerelle's backend reads from the environment, checked in one place.
 *
 * medusa-config.ts calls `readEnvironment(process.env)` and stops start-up with one line per problem,
 * so a bad deployment fails loudly and early instead of half-working. Keep `ENVIRONMENT_VARIABLES`
 * in step with what is read here: README, `.env.example` files and the compose file are checked against it.
 */

export const WORKER_MODES = ["shared", "server", "worker"] as const
export type WorkerMode = (typeof WORKER_MODES)[number]

/** Medusa's public fallback secret: fine on a laptop, forgeable in production. */
export const DEFAULT_SECRET = "supersecret"

export const DEFAULT_STORE_CORS = "http://localhost:8000,http://localhost:5173"
export const DEFAULT_ADMIN_CORS = "http://localhost:9000,http://localhost:5173,http://localhost:7001"

/** Every variable the backend reads, with what it does. Documentation and tests are built from this list. */
export const ENVIRONMENT_VARIABLES: Record<string, string> = {
  NODE_ENV: "development (default) or production; production refuses unsafe defaults",
  PORT: "HTTP port of the Medusa server (default 9000)",
  DATABASE_URL: "PostgreSQL connection string; unset means the embedded PostgreSQL under .data/",
  REDIS_URL: "redis:// or rediss:// URL; switches event bus, workflow engine, locking and cache to Redis",
  MEDUSA_WORKER_MODE: "shared (default), server or worker: which jobs this process runs",
  MEDUSA_ADMIN_DISABLED: "true to not serve the admin dashboard (workers never serve it)",
  MEDUSA_BACKEND_URL: "public URL of the backend, used by the admin dashboard",
  JWT_SECRET: "secret signing auth tokens (required in production)",
  COOKIE_SECRET: "secret signing session cookies (required in production)",
  STORE_CORS: "comma-separated origins allowed on /store",
  ADMIN_CORS: "comma-separated origins allowed on /admin",
  AUTH_CORS: "comma-separated origins allowed on /auth",
  STRIPE_API_KEY: "Stripe secret key; set, it registers the Stripe payment provider",
  STRIPE_WEBHOOK_SECRET: "Stripe webhook signing secret (required with STRIPE_API_KEY in production)",
  MEILISEARCH_HOST: "Meilisearch URL (http:// or https://); set, the search indexes run on Meilisearch instead of PostgreSQL",
  MEILISEARCH_API_KEY: "Meilisearch API key able to manage indexes, documents and tasks (required with MEILISEARCH_HOST in production)",
  LOG_LEVEL: "Medusa's log level (error, warn, info, http, verbose, debug, silly)",
  MEDUSA_DISABLE_TELEMETRY: "true keeps Medusa's anonymous telemetry off (the launcher sets it)",
}

/** Variables read by the launcher (scripts/start.mjs) rather than by Medusa itself. */
export const LAUNCHER_VARIABLES: Record<string, string> = {
  PASSERELLE_SEED_DEMO: "true to seed the demo into an external DATABASE_URL on start (the embedded database is seeded on first run)",
  MEDUSA_APP_DIR: "folder Medusa runs from, relative to the repository (default backend; the Docker image uses the build output)",
}

export type Environment = {
  isProduction: boolean
  databaseUrl?: string
  redisUrl?: string
  workerMode: WorkerMode
  adminDisabled: boolean
  backendUrl?: string
  jwtSecret: string
  cookieSecret: string
  storeCors: string
  adminCors: string
  authCors: string
  stripe?: { apiKey: string; webhookSecret?: string }
  meilisearch?: { host: string; apiKey?: string }
}

export type EnvironmentReading = { environment: Environment; errors: string[] }

type Env = Record<string, string | undefined>

const blankToUndefined = (value: string | undefined) => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function checkUrl(
  name: string,
  value: string,
  protocols: string[],
  errors: string[]
): void {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    errors.push(`${name} is not a valid URL (expected ${protocols[0]}//host:port…)`)
    return
  }
  if (!protocols.includes(url.protocol)) {
    errors.push(
      `${name} must start with ${protocols.map((p) => `${p}//`).join(" or ")}, got ${url.protocol}//`
    )
  } else if (!url.hostname) {
    errors.push(`${name} has no host`)
  }
}

/**
 * Reads and checks the environment. Never throws: problems are returned as one line each.
 * `longRunning` is false for Medusa's one-shot commands (db:migrate, exec…), which force
 * MEDUSA_WORKER_MODE=server themselves and never share state with another process.
 */
export function readEnvironment(
  env: Env,
  { longRunning = true }: { longRunning?: boolean } = {}
): EnvironmentReading {
  const errors: string[] = []
  const isProduction = env.NODE_ENV === "production"

  const databaseUrl = blankToUndefined(env.DATABASE_URL)
  if (databaseUrl) {
    checkUrl("DATABASE_URL", databaseUrl, ["postgres:", "postgresql:"], errors)
  }

  const redisUrl = blankToUndefined(env.REDIS_URL)
  if (redisUrl) {
    checkUrl("REDIS_URL", redisUrl, ["redis:", "rediss:"], errors)
  }

  const rawWorkerMode = blankToUndefined(env.MEDUSA_WORKER_MODE) ?? "shared"
  let workerMode: WorkerMode = "shared"
  if ((WORKER_MODES as readonly string[]).includes(rawWorkerMode)) {
    workerMode = rawWorkerMode as WorkerMode
  } else {
    errors.push(
      `MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}, got "${rawWorkerMode}"`
    )
  }

  const jwtSecret = blankToUndefined(env.JWT_SECRET) ?? DEFAULT_SECRET
  const cookieSecret = blankToUndefined(env.COOKIE_SECRET) ?? DEFAULT_SECRET
  const stripeApiKey = blankToUndefined(env.STRIPE_API_KEY)
  const stripeWebhookSecret = blankToUndefined(env.STRIPE_WEBHOOK_SECRET)
  const meilisearchHost = blankToUndefined(env.MEILISEARCH_HOST)
  const meilisearchApiKey = blankToUndefined(env.MEILISEARCH_API_KEY)
  if (meilisearchHost) {
    checkUrl("MEILISEARCH_HOST", meilisearchHost, ["http:", "https:"], errors)
  }

  if (isProduction) {
    if (jwtSecret === DEFAULT_SECRET) {
      errors.push("JWT_SECRET must be set to a private value when NODE_ENV=production")
    }
    if (cookieSecret === DEFAULT_SECRET) {
      errors.push("COOKIE_SECRET must be set to a private value when NODE_ENV=production")
    }
    if (longRunning && workerMode !== "shared" && !redisUrl) {
      errors.push(
        `REDIS_URL must be set when MEDUSA_WORKER_MODE=${workerMode} in production: ` +
          "the in-memory event bus, workflow engine and locking can't be shared between processes"
      )
    }
    if (stripeApiKey && !stripeWebhookSecret) {
      errors.push("STRIPE_WEBHOOK_SECRET must be set with STRIPE_API_KEY in production")
    }
    if (meilisearchHost && !meilisearchApiKey) {
      errors.push("MEILISEARCH_API_KEY must be set with MEILISEARCH_HOST in production (Meilisearch refuses keyless requests there)")
    }
  }

  return {
    errors,
    environment: {
      isProduction,
      databaseUrl,
      redisUrl,
      workerMode,
      adminDisabled: env.MEDUSA_ADMIN_DISABLED === "true" || workerMode === "worker",
      backendUrl: blankToUndefined(env.MEDUSA_BACKEND_URL),
      jwtSecret,
      cookieSecret,
      storeCors: blankToUndefined(env.STORE_CORS) ?? DEFAULT_STORE_CORS,
      adminCors: blankToUndefined(env.ADMIN_CORS) ?? DEFAULT_ADMIN_CORS,
      authCors:
        blankToUndefined(env.AUTH_CORS) ?? `${DEFAULT_STORE_CORS},${DEFAULT_ADMIN_CORS}`,
      stripe: stripeApiKey
        ? { apiKey: stripeApiKey, webhookSecret: stripeWebhookSecret }
        : undefined,
      meilisearch: meilisearchHost ? { host: meilisearchHost, apiKey: meilisearchApiKey } : undefined,
    },
  }
}
