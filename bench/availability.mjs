#!/usr/bin/env node
// `npm run bench:availability`: one product's store availability (GET /store/products/:id/availability, 50 stores)
// against Medusa's stock read of the same product (GET /store/products/:id?fields=+variants.inventory_quantity),
// in the same run, with autocannon at 50 connections. Prints p50/p95/p99 of both and the ratio; the bar is
// availability p95 ≤ half of the stock read's.
//
// Backend: the one answering at BENCH_URL (default http://localhost:$PORT, PORT 9000) if any; otherwise this starts
// one with `node scripts/start.mjs --no-seed` (embedded PostgreSQL, or DATABASE_URL) and stops it afterwards.
// Needs `npm run seed:bench` first. Options (environment): BENCH_DURATION (seconds per measured run, default 20),
// BENCH_WARMUP (seconds, default 5), BENCH_CONNECTIONS (default 50), BENCH_KEY (the bench publishable key; read
// from the database by default).
import autocannon from "autocannon"
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { openDatabase, root } from "./lib/database.mjs"

const say = (line) => console.error(`[bench] ${line}`)
const base = (process.env.BENCH_URL ?? `http://localhost:${process.env.PORT ?? "9000"}`).replace(/\/$/, "")
const duration = Number(process.env.BENCH_DURATION ?? 20)
const warmup = Number(process.env.BENCH_WARMUP ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const BENCH_KEY_TITLE = "Passerelle bench"
const BENCH_HANDLE = "bench-0001"

let backend = null
const resultsDir = path.join(root, "bench", "results")
const backendLog = path.join(resultsDir, "backend.log")

async function healthy() {
  try {
    return (await fetch(`${base}/health`)).ok
  } catch {
    return false
  }
}

async function startBackend() {
  say(`no backend at ${base}: starting one (node scripts/start.mjs --no-seed, log in bench/results/backend.log)…`)
  fs.mkdirSync(resultsDir, { recursive: true })
  backend = spawn(process.execPath, [path.join(root, "scripts", "start.mjs"), "--no-seed"], {
    cwd: root,
    // No admin dashboard: the benchmark measures the Store API only.
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

async function stopBackend() {
  if (backend && backend.exitCode === null) {
    const exited = new Promise((resolve) => backend.once("exit", resolve))
    backend.kill("SIGINT")
    await exited
  }
}

/** The bench's publishable key, from the database the app uses (or BENCH_KEY). */
async function benchKey() {
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
    return rows[0]?.token ?? null
  } finally {
    await client.end().catch(() => undefined)
    await database.stop()
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Runs autocannon on one URL; resolves to latency percentiles (ms), throughput and failures. */
function load(url, headers, seconds) {
  return new Promise((resolve, reject) => {
    const latencies = []
    let failures = 0
    // A generous timeout: a slow response is measured, not dropped.
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 120 }, (error, result) => {
      if (error) {
        return reject(error)
      }
      latencies.sort((a, b) => a - b)
      resolve({
        requests: latencies.length,
        rps: result.requests.average,
        failures: failures + result.errors + result.timeouts,
        p50: Math.round(percentile(latencies, 50)),
        p95: Math.round(percentile(latencies, 95)),
        p99: Math.round(percentile(latencies, 99)),
      })
    })
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (statusCode !== 200) {
        failures++
      }
    })
  })
}

async function main() {
  if (!(await healthy())) {
    if (process.env.BENCH_URL) {
      throw new Error(`nothing answers at BENCH_URL=${base}`)
    }
    await startBackend()
  } else {
    say(`using the backend running at ${base}`)
  }
  const key = await benchKey()
  if (!key) {
    throw new Error(`no "${BENCH_KEY_TITLE}" publishable key in the database: run \`npm run seed:bench\` first`)
  }
  const headers = { "x-publishable-api-key": key }
  const found = await fetch(`${base}/store/products?handle=${BENCH_HANDLE}&fields=id`, { headers }).then((r) => r.json())
  const productId = found.products?.[0]?.id
  if (!productId) {
    throw new Error(`the bench product ${BENCH_HANDLE} is not sold with the bench key: run \`npm run seed:bench\``)
  }
  const targets = {
    availability: `${base}/store/products/${productId}/availability?lat=48.8606&lng=2.3376`,
    stock: `${base}/store/products/${productId}?fields=%2Bvariants.inventory_quantity`,
  }
  const sample = await fetch(targets.availability, { headers }).then((r) => r.json())
  say(`product ${productId}: ${sample.variants?.length} variants × ${sample.stores?.length} stores`)

  say(`warm-up: ${warmup} s each`)
  for (const url of Object.values(targets)) {
    await load(url, headers, warmup)
  }
  const results = {}
  for (const [name, url] of Object.entries(targets)) {
    say(`${name}: ${connections} connections for ${duration} s…`)
    results[name] = await load(url, headers, duration)
  }

  const ratio = results.availability.p95 / results.stock.p95
  const row = (name, r) =>
    `${name.padEnd(14)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)} ` +
    `${r.rps.toFixed(0).padStart(8)} ${String(r.requests).padStart(9)} ${String(r.failures).padStart(8)}`
  console.log(
    [
      "",
      `GET one product's availability (${sample.variants?.length} variants, ${sample.stores?.length} stores) vs Medusa's stock read`,
      `${os.cpus().length} cores (${os.cpus()[0]?.model?.trim()}), ${connections} connections, ${duration} s each, ${new Date().toISOString()}`,
      "",
      `${"endpoint".padEnd(14)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"req/s".padStart(8)} ${"requests".padStart(9)} ${"non-2xx".padStart(8)}`,
      row("availability", results.availability),
      row("stock", results.stock),
      "",
      `p95 ratio availability / stock: ${ratio.toFixed(2)} (bar: ≤ 0.50) ${ratio <= 0.5 ? "PASS" : "FAIL"}`,
    ].join("\n")
  )
  fs.mkdirSync(resultsDir, { recursive: true })
  fs.writeFileSync(
    path.join(resultsDir, `availability-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
    JSON.stringify({ at: new Date().toISOString(), cores: os.cpus().length, connections, duration, productId, results, ratio }, null, 2)
  )
  return results.availability.failures || results.stock.failures ? 1 : 0
}

main()
  .then(async (code) => {
    await stopBackend()
    process.exit(code)
  })
  .catch(async (error) => {
    console.error(`bench:availability failed: ${error.message}`)
    await stopBackend()
    process.exit(1)
  })
