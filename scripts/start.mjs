#!/usr/bin/env node
// `npm start`: the whole Passerelle backend on one machine.
// No DATABASE_URL → embedded PostgreSQL under .data/postgres (created on first run, reused after).
// Then: migrations, the demo seed (first run only), Medusa with its admin, and a clean stop on Ctrl-C.
//
// Flags: --migrate-only (prepare the database, i.e. migrations and the demo seed when wanted, then exit: a deploy
// step), --no-migrate, --no-seed.
import pg from "pg"
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildPlugins } from "./build-plugins.mjs"
import { checkDatabase, checkRedis } from "./lib/check-services.mjs"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { schemaFingerprint, seedFingerprint } from "./lib/schema-fingerprint.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = path.join(root, ".data")
const appDir = path.resolve(root, process.env.MEDUSA_APP_DIR ?? "backend")
const medusaBin = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const seedMarker = path.join(dataDir, "demo-seeded")
const migratedMarker = path.join(dataDir, "migrated-schema")
const args = new Set(process.argv.slice(2))
const logins = JSON.parse(
  fs.readFileSync(path.join(root, "backend/src/scripts/demo/demo-logins.json"), "utf8")
)

const say = (line) => console.log(`[passerelle] ${line}`)
const fail = (line) => {
  console.error(line)
  process.exit(1)
}

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
const embedded = !process.env.DATABASE_URL?.trim()
if (embedded) {
  process.env.NODE_ENV ??= "development"
}
const port = process.env.PORT ?? "9000"

let postgres = null
let medusa = null
let oneShot = null // the running db:migrate or exec, if any
let stopping = false

async function stopAll(code) {
  if (stopping) {
    return
  }
  stopping = true
  if (oneShot && oneShot.exitCode === null) {
    const exited = new Promise((resolve) => oneShot.once("exit", resolve))
    oneShot.kill("SIGTERM")
    await exited
  }
  if (medusa && medusa.exitCode === null) {
    say("stopping Medusa…")
    const exited = new Promise((resolve) => medusa.once("exit", resolve))
    medusa.kill("SIGTERM")
    const timeout = setTimeout(() => medusa.kill("SIGKILL"), 15000)
    await exited
    clearTimeout(timeout)
  }
  if (postgres) {
    say("stopping PostgreSQL…")
    await postgres.stop()
  }
  process.exit(code)
}
// Interrupted while serving: a normal stop. Interrupted while preparing the database: not done, so not 0.
const onSignal = () => stopAll(medusa ? 0 : 130)
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)

/** Runs a Medusa CLI command in the app folder; resolves to its exit code. */
function medusaCommand(commandArgs, { quiet = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [medusaBin, ...commandArgs], {
      cwd: appDir,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    oneShot = child
    let output = ""
    child.stdout?.on("data", (chunk) => (output += chunk))
    child.stderr?.on("data", (chunk) => (output += chunk))
    child.on("exit", (code) => resolve({ code: code ?? 1, output }))
  })
}

/** The lines a failed command printed that say what went wrong, without its stack frames. */
function errorLines(output) {
  const lines = output.split("\n").filter((line) => line.trim() && !/^\s+at /.test(line))
  const configErrors = lines.filter((line) => line.startsWith("Configuration error:"))
  return (configErrors.length ? configErrors : lines.slice(-15)).join("\n")
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && medusa?.exitCode === null) {
    try {
      const response = await fetch(url)
      if (response.ok) {
        return true
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

/** The live publishable keys, so the banner can show what a storefront or a curl needs. */
async function publishableKeys() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 3000 })
  client.on("error", () => undefined)
  try {
    await client.connect()
    const { rows } = await client.query(
      "select title, token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at"
    )
    return rows
  } catch {
    return []
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function main() {
  if (!buildPlugins({ log: say })) {
    return stopAll(1)
  }
  if (embedded) {
    say("starting embedded PostgreSQL (data in .data/postgres)…")
    try {
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, "postgres"),
        stateFile: path.join(dataDir, "postgres.json"),
        logFile: path.join(dataDir, "postgres.log"),
      })
      await postgres.ensureDatabase("passerelle")
    } catch (error) {
      fail(`Embedded PostgreSQL: ${error.message}`)
    }
    process.env.DATABASE_URL = postgres.urlFor("passerelle")
    say(`PostgreSQL listening on 127.0.0.1:${postgres.port}`)
  } else {
    const problem = await checkDatabase(process.env.DATABASE_URL)
    if (problem) {
      fail(problem)
    }
  }
  if (process.env.REDIS_URL?.trim()) {
    const problem = await checkRedis(process.env.REDIS_URL.trim())
    if (problem) {
      console.error(problem)
      return stopAll(1)
    }
  }

  // The embedded database is ours alone: when nothing that shapes the schema changed, it is up to date.
  const fingerprint = schemaFingerprint(root)
  const upToDate =
    embedded && fs.existsSync(migratedMarker) && fs.readFileSync(migratedMarker, "utf8") === fingerprint
  if (!args.has("--no-migrate") && !upToDate) {
    say("applying migrations…")
    const { code, output } = await medusaCommand(["db:migrate"], { quiet: true })
    if (code !== 0) {
      console.error(errorLines(output))
      return stopAll(1)
    }
    if (embedded) {
      fs.writeFileSync(migratedMarker, fingerprint)
    }
  }
  // The embedded demo is seeded on the first run, and again (idempotently) when the seed itself changed.
  const seedVersion = seedFingerprint(root)
  const wantsSeed = embedded
    ? !fs.existsSync(seedMarker) || fs.readFileSync(seedMarker, "utf8") !== seedVersion
    : process.env.PASSERELLE_SEED_DEMO === "true"
  if (wantsSeed && !args.has("--no-seed")) {
    say("seeding the omnichannel demo…")
    // The seed rebuilds the products search index once at its end, rather than on each of its thousands of events.
    const { code } = await medusaCommand(["exec", "./src/scripts/seed-demo.ts"], { env: { CATALOG_SEARCH_LIVE_INDEXING: "false" } })
    if (code !== 0) {
      console.error("The demo seed failed; see the output above. Fix it, then run npm start again.")
      return stopAll(1)
    }
    if (embedded) {
      fs.writeFileSync(seedMarker, seedVersion)
    }
  }
  if (args.has("--migrate-only")) {
    say("database ready")
    return stopAll(0)
  }

  say("starting Medusa…")
  medusa = spawn(process.execPath, [medusaBin, "start"], { cwd: appDir, env: process.env, stdio: "inherit" })
  medusa.on("exit", (code) => {
    if (!stopping) {
      stopAll(code ?? 1)
    }
  })
  const base = `http://localhost:${port}`
  if (await waitForHealth(`${base}/health`, 180000)) {
    const keys = await publishableKeys()
    const keyLines = keys.length
      ? keys.map(({ title, token }) => `    ${title.padEnd(28)} ${token}`)
      : ["    see Admin → Settings → Publishable API Keys"]
    console.log(
      [
        "",
        "Passerelle is running.",
        `  Store API      ${base}/store`,
        `  Admin          ${base}/app`,
        `  Health         ${base}/health`,
        `  Merchandiser   ${logins.merchandiser.email} / ${logins.merchandiser.password}`,
        `  Store managers (POS, /auth/associate/emailpass), password ${logins.associatePassword}:`,
        ...logins.associates
          .filter((associate) => associate.role === "manager")
          .map((associate) => `    ${associate.store}  ${associate.email}`),
        "  Publishable API keys (header x-publishable-api-key):",
        ...keyLines,
        "Press Ctrl-C to stop.",
        "",
      ].join("\n")
    )
  }
}

main().catch((error) => {
  console.error(`Start-up failed: ${error.message}`)
  stopAll(1)
})
