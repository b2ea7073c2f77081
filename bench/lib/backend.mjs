// The backend a benchmark measures, and what every benchmark reads the same way: the one answering at BENCH_URL
// (default http://localhost:$PORT, PORT 9000) if any, otherwise one started here with `node scripts/start.mjs
// --no-seed` (embedded PostgreSQL, or DATABASE_URL; admin dashboard off) and stopped at the end.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { openDatabase, root } from "./database.mjs"

export const say = (line) => console.error(`[bench] ${line}`)
export const base = (process.env.BENCH_URL ?? `http://localhost:${process.env.PORT ?? "9000"}`).replace(/\/$/, "")
export const resultsDir = path.join(root, "bench", "results")
export const BENCH_KEY_TITLE = "Passerelle bench"

const backendLog = path.join(resultsDir, "backend.log")
let backend = null

async function healthy() {
  try {
    return (await fetch(`${base}/health`)).ok
  } catch {
    return false
  }
}

/** Uses the backend at BENCH_URL, or starts one (log in bench/results/backend.log). */
export async function useBackend() {
  if (await healthy()) {
    say(`using the backend running at ${base}`)
    return
  }
  if (process.env.BENCH_URL) {
    throw new Error(`nothing answers at BENCH_URL=${base}`)
  }
  say(`no backend at ${base}: starting one (node scripts/start.mjs --no-seed, log in bench/results/backend.log)…`)
  fs.mkdirSync(resultsDir, { recursive: true })
  backend = spawn(process.execPath, [path.join(root, "scripts", "start.mjs"), "--no-seed"], {
    cwd: root,
    // No admin dashboard: the benchmarks measure the Store API only.
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", MEDUSA_ADMIN_DISABLED: "true" },
    stdio: ["ignore", "ignore", fs.openSync(backendLog, "w")],
  })
  const deadline = Date.now() + 240000
  while (Date.now() < deadline) {
    if (backend.exitCode !== null) {
      throw new Error("the backend exited while starting; run `npm start` to see why")
    }
    if (await healthy()) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error("the backend did not answer /health within 4 minutes")
}

/** Stops the backend if this process started it. */
export async function stopBackend() {
  if (backend && backend.exitCode === null) {
    const exited = new Promise((resolve) => backend.once("exit", resolve))
    backend.kill("SIGINT")
    await exited
  }
}

/** The bench's publishable key, from the database the app uses (or BENCH_KEY). */
export async function benchKey() {
  if (process.env.BENCH_KEY) {
    return process.env.BENCH_KEY
  }
  const database = await openDatabase({ say })
  const client = new pg.Client({ connectionString: database.url })
  try {
    await client.connect()
    const { rows } = await client.query(
      "select token from api_key where title = $1 and type = 'publishable' and revoked_at is null and deleted_at is null",
      [BENCH_KEY_TITLE]
    )
    const token = rows[0]?.token
    if (!token) {
      throw new Error(`no "${BENCH_KEY_TITLE}" publishable key in the database: run \`npm run seed:bench\` first`)
    }
    return token
  } finally {
    await client.end().catch(() => undefined)
    await database.stop()
  }
}

/** The p-th percentile of sorted values (nearest rank). */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Saves a run's figures to bench/results/<name>-<time>.json (not committed). */
export function saveResult(name, result) {
  fs.mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`)
  fs.writeFileSync(file, JSON.stringify(result, null, 2))
  return file
}

/** Runs `main`, stops the backend it may have started, exits with its code (1 on an error, said on stderr). */
export function run(name, main) {
  main()
    .then(async (code) => {
      await stopBackend()
      process.exit(code)
    })
    .catch(async (error) => {
      console.error(`${name} failed: ${error.message}`)
      await stopBackend()
      process.exit(1)
    })
}
