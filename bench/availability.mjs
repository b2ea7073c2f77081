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
import os from "node:os"
import { base, benchKey, percentile, run, saveResult, say, useBackend } from "./lib/backend.mjs"

const duration = Number(process.env.BENCH_DURATION ?? 20)
const warmup = Number(process.env.BENCH_WARMUP ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const BENCH_HANDLE = "bench-0001"

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
  await useBackend()
  const key = await benchKey()
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
  saveResult("availability", { at: new Date().toISOString(), cores: os.cpus().length, connections, duration, productId, results, ratio })
  return results.availability.failures || results.stock.failures ? 1 : 0
}

run("bench:availability", main)
