#!/usr/bin/env node
// `npm run db:generate -- <plugin>`: generates the migrations of a plugin's modules from their models
// (`medusa plugin:db:generate`). MikroORM needs a live PostgreSQL to diff against, so this starts a throwaway
// embedded one unless DATABASE_URL names a server.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startTestPostgres } from "./lib/test-database.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const plugin = process.argv[2]
const pluginDir = plugin && path.join(root, "plugins", plugin)
if (!pluginDir || !fs.existsSync(path.join(pluginDir, "package.json"))) {
  console.error("usage: npm run db:generate -- <plugin folder under plugins/>")
  process.exit(2)
}

let postgres = null
if (!process.env.DATABASE_URL) {
  postgres = await startTestPostgres()
  await postgres.ensureDatabase("passerelle_db_generate")
  process.env.DATABASE_URL = postgres.urlFor("passerelle_db_generate")
}
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/@medusajs/cli/cli.js"), "plugin:db:generate"],
  { cwd: pluginDir, stdio: "inherit", env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" } }
)
await postgres?.stop()
process.exit(result.status ?? 1)
