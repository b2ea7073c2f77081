// The database the app uses, for the bench scripts: DATABASE_URL when set, otherwise the embedded PostgreSQL under
// .data/ that `npm start` keeps (the running one when `npm start` is up, else started here and stopped after).
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { checkDatabase } from "../../scripts/lib/check-services.mjs"
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs"

export const root = path.resolve(import.meta.dirname, "../..")
const dataDir = path.join(root, ".data")
const EMBEDDED_DATABASE = "passerelle"

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  client.on("error", () => undefined)
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * Resolves to `{ url, embedded, stop }`. `stop` stops the embedded server only if this process started it.
 */
export async function openDatabase({ say }) {
  const given = process.env.DATABASE_URL?.trim()
  if (given) {
    const problem = await checkDatabase(given)
    if (problem) {
      throw new Error(problem)
    }
    return { url: given, embedded: false, stop: async () => undefined }
  }
  const stateFile = path.join(dataDir, "postgres.json")
  if (fs.existsSync(stateFile)) {
    const { port } = JSON.parse(fs.readFileSync(stateFile, "utf8"))
    const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`
    if (await answers(url)) {
      say(`using the running embedded PostgreSQL on port ${port}`)
      return { url, embedded: true, stop: async () => undefined }
    }
  }
  say("starting the embedded PostgreSQL (data in .data/postgres)…")
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "postgres"),
    stateFile,
    logFile: path.join(dataDir, "postgres.log"),
  })
  await server.ensureDatabase(EMBEDDED_DATABASE)
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() }
}
