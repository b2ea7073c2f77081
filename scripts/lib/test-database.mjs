// Which PostgreSQL the tests use: DATABASE_URL or DB_HOST when given, otherwise a throwaway embedded
// server. Medusa's test runners read DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD and create one database per file.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"

/** Sets DB_* from DATABASE_URL when only that is given. Returns true when a server was named. */
export function useGivenDatabase(env = process.env) {
  if (env.DB_HOST) {
    return true
  }
  if (!env.DATABASE_URL?.trim()) {
    return false
  }
  const url = new URL(env.DATABASE_URL)
  env.DB_HOST = url.hostname
  env.DB_PORT = url.port || "5432"
  env.DB_USERNAME = decodeURIComponent(url.username || "postgres")
  env.DB_PASSWORD = decodeURIComponent(url.password)
  return true
}

/** Starts a fresh, fast, non-persistent embedded PostgreSQL and points DB_* at it. */
export async function startTestPostgres(env = process.env) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "passerelle-test-pg-"))
  fs.chmodSync(dataDir, 0o755) // the postgres user must reach its data folder inside
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "data"),
    preferredPort: 55432,
    persistent: false,
    fast: true,
    logFile: path.join(dataDir, "postgres.log"),
  })
  // "localhost", not 127.0.0.1: Medusa's test runner turns on SSL for any other host name.
  env.DB_HOST = "localhost"
  env.DB_PORT = String(server.port)
  env.DB_USERNAME = server.user
  env.DB_PASSWORD = server.password
  return {
    ...server,
    async stop() {
      await server.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
