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
import os from "node:os"
import { base, benchKey, run, saveResult, say, useBackend } from "./lib/backend.mjs"
import { load as loadRequest, tableHeader, tableRow } from "./lib/load.mjs"

const duration = Number(process.env.BENCH_DURATION ?? 20)
const warmup = Number(process.env.BENCH_WARMUP ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const BENCH_HANDLE = "bench-0001"

const load = (url, headers, seconds) => loadRequest({ url, headers, connections, seconds })

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
  console.log(
    [
      "",
      `GET one product's availability (${sample.variants?.length} variants, ${sample.stores?.length} stores) vs Medusa's stock read`,
      `${os.cpus().length} cores (${os.cpus()[0]?.model?.trim()}), ${connections} connections, ${duration} s each, ${new Date().toISOString()}`,
      "",
      tableHeader(),
      tableRow("availability", results.availability),
      tableRow("stock", results.stock),
      "",
      `p95 ratio availability / stock: ${ratio.toFixed(2)} (bar: ≤ 0.50) ${ratio <= 0.5 ? "PASS" : "FAIL"}`,
    ].join("\n")
  )
  saveResult("availability", { at: new Date().toISOString(), cores: os.cpus().length, connections, duration, productId, results, ratio })
  return results.availability.failures || results.stock.failures ? 1 : 0
}

run("bench:availability", main)
