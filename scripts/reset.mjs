#!/usr/bin/env node
// `npm run reset`: wipes .data/ (embedded PostgreSQL and the demo marker) so the next `npm start` begins afresh.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", ".data")
const pidFile = path.join(dataDir, "postgres", "postmaster.pid")

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
    console.error("The embedded PostgreSQL is still running: stop `npm start` first (Ctrl-C).")
    process.exit(1)
  } catch {
    // stale pid file: the server is not running
  }
}
fs.rmSync(dataDir, { recursive: true, force: true })
console.log("[passerelle] .data/ removed; the next `npm start` creates a fresh database and demo.")
