#!/usr/bin/env node
// `npm run bench:search`: product search on the bench data set (500 products, 6,000 variants, 50 stores).
// 1. A shopper's free-text query with the store facet and "available at BEN-002" (POST /store/search, products
//    index), the same query typo tolerant, and an associate's barcode scan (POST /pos/search), against Medusa's own
//    product search (GET /store/products?q=), in the same run, with autocannon.
// 2. Staleness: how long after a stock change (the admin API setting a product's levels at one store) the store
//    filter of POST /store/search reflects it, over BENCH_STALENESS_ROUNDS changes each way.
// Prints p50/p95/p99 of each and the ratio to the stock endpoint.
//
// Backend and options as bench:availability (BENCH_URL, BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS,
// BENCH_KEY). Needs `npm run seed:bench` first (which also rebuilds the products index and makes the bench admin).
import os from "node:os"
import { base, benchKey, percentile, run, saveResult, say, useBackend } from "./lib/backend.mjs"
import { load, tableHeader, tableRow } from "./lib/load.mjs"

const duration = Number(process.env.BENCH_DURATION ?? 20)
const warmup = Number(process.env.BENCH_WARMUP ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const rounds = Number(process.env.BENCH_STALENESS_ROUNDS ?? 10)
const STORE_CODE = "BEN-002"
/** bench-data.ts: the bench admin (BENCH.admin) and associate (BENCH.associate). */
const ADMIN = { email: "bench-admin@passerelle.example", password: "passerelle-bench" }
const ASSOCIATE = { email: "bench-associate@passerelle.example", password: "passerelle-bench" }
const QUERY = "robe navy"

async function call(path, { method = "GET", headers = {}, body } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${data.message ?? ""}`)
  }
  return data
}

/** Whether the products index says `handle` can be collected at the store now. */
async function availableAt(keyHeaders, storeId, handle) {
  const { results } = await call("/store/search", {
    method: "POST",
    headers: keyHeaders,
    body: { entity: "products", filters: { handle, pickup_store_ids: storeId }, fields: ["id"], pagination: { take: 1 } },
  })
  return results[0].hits.length === 1
}

/**
 * Sets every level of a product at one location, then polls the search until the store filter agrees: the time
 * from the admin API's answer to the first search that reflects it.
 */
async function staleness({ keyHeaders, adminHeaders, storeId, locationId, product, units }) {
  await call("/admin/inventory-items/location-levels/batch", {
    method: "POST",
    headers: adminHeaders,
    body: { update: product.itemIds.map((inventory_item_id) => ({ inventory_item_id, location_id: locationId, stocked_quantity: units })) },
  })
  const changedAt = performance.now()
  const expected = units > 1
  const deadline = changedAt + 60_000
  while (performance.now() < deadline) {
    if ((await availableAt(keyHeaders, storeId, product.handle)) === expected) {
      return performance.now() - changedAt
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`the index never reflected ${product.handle} at ${STORE_CODE} with ${units} units (60 s)`)
}

async function main() {
  await useBackend()
  const key = await benchKey()
  const keyHeaders = { "x-publishable-api-key": key }
  const indexed = await call("/store/search", {
    method: "POST",
    headers: keyHeaders,
    body: { entity: "products", filters: { q: "bench" }, pagination: { take: 0 } },
  })
  const count = indexed.results[0].metadata.count
  if (count < 500) {
    throw new Error(`the products index holds ${count} bench products, not 500: run \`npm run seed:bench\``)
  }
  const { stores } = await call(`/store/stores?code=${STORE_CODE}`, { headers: keyHeaders })
  const storeId = stores[0]?.id
  if (!storeId) {
    throw new Error(`no store ${STORE_CODE} sells through the bench key: run \`npm run seed:bench\``)
  }

  const searchBody = {
    entity: "products",
    filters: { q: QUERY, pickup_store_ids: storeId },
    fields: ["handle", "title", "thumbnail", "price", "currency_code"],
    pagination: { take: 20 },
    search_options: { facets: ["pickup_store_ids", "colours", "sizes"] },
  }
  const typoBody = { ...searchBody, search_options: { ...searchBody.search_options, typo_tolerance: true } }
  const { token: associateToken } = await call("/auth/associate/emailpass", { method: "POST", body: ASSOCIATE })
  const tablet = { authorization: `Bearer ${associateToken}` }
  const { variants } = await call("/store/products?handle=bench-0042&fields=variants.barcode,variants.sku", { headers: keyHeaders }).then(
    (data) => data.products[0]
  )
  const scanned = variants[0].barcode ?? variants[0].sku
  const targets = {
    "store search": { url: `${base}/store/search`, method: "POST", headers: keyHeaders, body: searchBody },
    "+ typos": { url: `${base}/store/search`, method: "POST", headers: keyHeaders, body: typoBody },
    "pos scan": { url: `${base}/pos/search`, method: "POST", headers: tablet, body: { q: scanned } },
    "stock q=": {
      url: `${base}/store/products?q=${encodeURIComponent("robe")}&limit=20&fields=id,title,handle,thumbnail`,
      headers: keyHeaders,
    },
  }
  const sample = await call("/store/search", { method: "POST", headers: keyHeaders, body: searchBody })
  say(`"${QUERY}" available at ${STORE_CODE}: ${sample.results[0].metadata.count} products; the index holds ${count} bench products`)

  say(`warm-up: ${warmup} s each`)
  for (const target of Object.values(targets)) {
    await load({ ...target, connections, seconds: warmup })
  }
  const results = {}
  for (const [name, target] of Object.entries(targets)) {
    say(`${name}: ${connections} connections for ${duration} s…`)
    results[name] = await load({ ...target, connections, seconds: duration })
  }

  say(`staleness: ${rounds} stock changes each way at ${STORE_CODE}…`)
  const { token } = await call("/auth/user/emailpass", { method: "POST", body: ADMIN })
  const adminHeaders = { authorization: `Bearer ${token}` }
  const { stock_locations } = await call(`/admin/stock-locations?q=${STORE_CODE}&fields=id,name`, { headers: adminHeaders })
  const locationId = stock_locations.find((location) => location.name.includes(`(${STORE_CODE})`))?.id
  const delays = []
  for (let round = 0; round < rounds; round++) {
    const handle = `bench-${String(101 + round).padStart(4, "0")}`
    const { products } = await call(`/admin/products?handle=${handle}&fields=id,variants.inventory_items.inventory_item_id`, {
      headers: adminHeaders,
    })
    const product = {
      handle,
      itemIds: products[0].variants.flatMap((variant) => variant.inventory_items.map((item) => item.inventory_item_id)),
    }
    for (const units of [0, 6]) {
      delays.push(await staleness({ keyHeaders, adminHeaders, storeId, locationId, product, units }))
    }
  }
  delays.sort((a, b) => a - b)
  const stale = { p50: Math.round(percentile(delays, 50)), p95: Math.round(percentile(delays, 95)), p99: Math.round(percentile(delays, 99)) }

  const ratio = results["store search"].p95 / results["stock q="].p95
  console.log(
    [
      "",
      `Product search on the bench data set (${count} bench products, 50 stores): "${QUERY}" available at ${STORE_CODE}, with facets, vs Medusa's GET /store/products?q=`,
      `${os.cpus().length} cores (${os.cpus()[0]?.model?.trim()}), ${connections} connections, ${duration} s each, ${new Date().toISOString()}`,
      "",
      tableHeader(),
      tableRow("store search", results["store search"]),
      tableRow("+ typos", results["+ typos"]),
      tableRow("pos scan", results["pos scan"]),
      tableRow("stock q=", results["stock q="]),
      "",
      `p95 ratio store search / stock q=: ${ratio.toFixed(2)}; typo tolerant / stock q=: ${(results["+ typos"].p95 / results["stock q="].p95).toFixed(2)}; pos scan (${scanned}) / stock q=: ${(results["pos scan"].p95 / results["stock q="].p95).toFixed(2)}`,
      `staleness after a stock change (${delays.length} changes): p50 ${stale.p50} ms, p95 ${stale.p95} ms, p99 ${stale.p99} ms (bar: p95 ≤ 5000 ms) ${stale.p95 <= 5000 ? "PASS" : "FAIL"}`,
    ].join("\n")
  )
  saveResult("search", { at: new Date().toISOString(), cores: os.cpus().length, connections, duration, results, ratio, staleness: { ...stale, samples: delays } })
  return Object.values(results).some((result) => result.failures) ? 1 : 0
}

run("bench:search", main)
