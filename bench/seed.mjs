#!/usr/bin/env node
// `npm run seed:bench`: the benchmark data set (bench/app/seed-bench.ts, run with `medusa exec` in the backend)
// into the database the app uses: DATABASE_URL, or the embedded PostgreSQL under .data/ (`npm start`'s; it may be
// running). Applies migrations first when the embedded schema is not up to date, as `npm start` does.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { buildPlugins } from "../scripts/build-plugins.mjs"
import { schemaFingerprint } from "../scripts/lib/schema-fingerprint.mjs"
import { openDatabase, root } from "./lib/database.mjs"

const say = (line) => console.error(`[bench] ${line}`)
const medusaBin = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
const backendDir = path.join(root, "backend")
const migratedMarker = path.join(root, ".data", "migrated-schema")

function medusa(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [medusaBin, ...args], { cwd: backendDir, env, stdio: "inherit" })
    child.on("exit", (code) => resolve(code ?? 1))
  })
}

async function main() {
  if (!buildPlugins({ log: say })) {
    process.exit(1)
  }
  const database = await openDatabase({ say })
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // 300,000 stock levels are 300,000 events: the products index is rebuilt once at the end instead.
    CATALOG_SEARCH_LIVE_INDEXING: "false",
  }
  let code = 0
  try {
    const fingerprint = schemaFingerprint(root)
    const upToDate = database.embedded && fs.existsSync(migratedMarker) && fs.readFileSync(migratedMarker, "utf8") === fingerprint
    if (!upToDate) {
      say("applying migrations…")
      code = await medusa(["db:migrate"], env)
      if (code === 0 && database.embedded) {
        fs.writeFileSync(migratedMarker, fingerprint)
      }
    }
    if (code === 0) {
      say("seeding 50 stores, 500 products, 6,000 variants and their stock, and the checkout set-up (a few minutes)…")
      code = await medusa(["exec", path.relative(backendDir, path.join(root, "bench", "app", "seed-bench.ts"))], env)
    }
  } finally {
    await database.stop()
  }
  process.exit(code)
}

main().catch((error) => {
  console.error(`seed:bench failed: ${error.message}`)
  process.exit(1)
})
