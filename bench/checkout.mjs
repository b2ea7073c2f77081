#!/usr/bin/env node
// `npm run bench:checkout`: cart completion (POST /store/carts/:id/complete, Medusa's route) for click & collect (the
// pickup option of store BEN-001) against home delivery (the bench warehouse's option), in the same run and at the
// same concurrency. Prints p50/p95/p99 of both and their ratio.
//
// Completing a cart consumes stock and can't be repeated, so the carts are prepared first (lines, shipping method,
// payment session with pp_system_default), then completed by a pool of workers, in blocks that alternate the two
// sides so that both see the same load on the machine. Only the completions are timed.
//
// Backend: the one answering at BENCH_URL (default http://localhost:$PORT, PORT 9000) if any; otherwise this starts
// one with `node scripts/start.mjs --no-seed` and stops it afterwards. Needs `npm run seed:bench` first. Options
// (environment): BENCH_CARTS (measured completions per side, default 48), BENCH_CONCURRENCY (concurrent
// completions, default 4), BENCH_WARMUP_CARTS (per side, not measured, default 4), BENCH_KEY.
import os from "node:os"
import { performance } from "node:perf_hooks"
import { base, benchKey, percentile, run, saveResult, say, useBackend } from "./lib/backend.mjs"

const carts = Number(process.env.BENCH_CARTS ?? 48)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4)
const warmupCarts = Number(process.env.BENCH_WARMUP_CARTS ?? 4)
/** Completions per side between two switches of side. */
const block = concurrency * 2
/** Lines per cart: two variants of the checkout product. */
const LINES = 2

// As bench/app/bench-data.ts seeds them.
const CHECKOUT_HANDLE = "bench-checkout"
const PICKUP_STORE = { code: "BEN-001", name: "Bench store 001" }
const DELIVERY_OPTION = "Bench home delivery"

const ADDRESS = {
  first_name: "Camille",
  last_name: "Banc",
  address_1: "1 Rue du Banc d'Essai",
  city: "Paris",
  postal_code: "75001",
  country_code: "fr",
}

async function call(method, path, headers, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, data: await response.json().catch(() => ({})) }
}

async function must(method, path, headers, body) {
  const { status, data } = await call(method, path, headers, body)
  if (status >= 400) {
    throw new Error(`${method} ${path}: ${status} ${data.message ?? ""}`)
  }
  return data
}

/** Runs the tasks with `size` of them at a time; resolves to their results in order. */
async function pool(tasks, size) {
  const results = new Array(tasks.length)
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++
      results[index] = await tasks[index]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker))
  return results
}

/** The region, the checkout variants and the two shipping options, as a storefront finds them. */
async function lookUp(headers) {
  const { regions } = await must("GET", "/store/regions?fields=id,name,countries.iso_2", headers)
  const region = regions.find((r) => (r.countries ?? []).some((c) => c.iso_2 === "fr"))
  const { products } = await must("GET", `/store/products?handle=${CHECKOUT_HANDLE}&fields=id,variants.id`, headers)
  const variantIds = (products[0]?.variants ?? []).map((v) => v.id)
  if (!region || !variantIds.length) {
    throw new Error(`no region selling in France or no product ${CHECKOUT_HANDLE}: run \`npm run seed:bench\``)
  }
  const { cart } = await must("POST", "/store/carts", headers, { region_id: region.id, shipping_address: ADDRESS })
  await must("POST", `/store/carts/${cart.id}/line-items`, headers, { variant_id: variantIds[0], quantity: 1 })
  const { shipping_options: options } = await must("GET", `/store/shipping-options?cart_id=${cart.id}`, headers)
  const pickup = options.find((o) => o.type?.code === "pickup" && o.name === `Pick up in store: ${PICKUP_STORE.name}`)
  const delivery = options.find((o) => o.name === DELIVERY_OPTION)
  if (!pickup || !delivery) {
    throw new Error(`the cart lists no pickup option at ${PICKUP_STORE.code} or no "${DELIVERY_OPTION}": run \`npm run seed:bench\``)
  }
  say(`${options.length} shipping options for a bench cart; ${products[0].variants.length} checkout variants`)
  return { regionId: region.id, variantIds, options: { pickup: pickup.id, delivery: delivery.id } }
}

/** Each completed cart keeps its units reserved: check there are enough for this run, at the store and the warehouse. */
async function checkStock(headers, variantIds, needed) {
  const data = await must("GET", `/store/availability?variant_ids=${variantIds.join(",")}`, headers)
  for (const variant of data.variants) {
    const store = variant.stores.find((s) => s.code === PICKUP_STORE.code)
    const short = [
      (store?.available ?? 0) < needed && `${PICKUP_STORE.code} has ${store?.available ?? "no level"}`,
      variant.warehouse.available < needed && `the warehouse has ${variant.warehouse.available}`,
    ].filter(Boolean)
    if (short.length) {
      throw new Error(`variant ${variant.variant_id}: ${short.join(", ")}, the run needs ${needed}: run \`npm run seed:bench\` (it tops the stock up)`)
    }
  }
}

/** A cart ready to complete: lines, the side's shipping option, a payment session. Returns its id. */
async function prepareCart(headers, setup, side, index, runId) {
  const { cart } = await must("POST", "/store/carts", headers, {
    region_id: setup.regionId,
    // One guest customer per cart: Medusa makes one per new email, and two at once for one email collide.
    email: `bench-${runId}-${side}-${index}@example.com`,
    shipping_address: ADDRESS,
    billing_address: ADDRESS,
  })
  for (let line = 0; line < LINES; line++) {
    const variant_id = setup.variantIds[(index * LINES + line) % setup.variantIds.length]
    await must("POST", `/store/carts/${cart.id}/line-items`, headers, { variant_id, quantity: 1 })
  }
  await must("POST", `/store/carts/${cart.id}/shipping-methods`, headers, { option_id: setup.options[side] })
  const { payment_collection } = await must("POST", "/store/payment-collections", headers, { cart_id: cart.id })
  await must("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, headers, {
    provider_id: "pp_system_default",
  })
  return cart.id
}

async function complete(headers, cartId) {
  const started = performance.now()
  const { status, data } = await call("POST", `/store/carts/${cartId}/complete`, headers, {})
  const ms = performance.now() - started
  return { ms, ok: status === 200 && data.type === "order", failure: status === 200 ? data.error?.message : `${status} ${data.message}` }
}

const summary = (outcomes, seconds) => {
  const latencies = outcomes.filter((o) => o.ok).map((o) => o.ms).sort((a, b) => a - b)
  const p = (q) => (latencies.length ? Math.round(percentile(latencies, q)) : NaN)
  return {
    orders: latencies.length,
    failures: outcomes.length - latencies.length,
    p50: p(50),
    p95: p(95),
    p99: p(99),
    mean: Math.round(latencies.reduce((sum, ms) => sum + ms, 0) / (latencies.length || 1)),
    ordersPerSecond: latencies.length / seconds,
    failureMessages: [...new Set(outcomes.filter((o) => !o.ok).map((o) => o.failure))],
  }
}

async function main() {
  await useBackend()
  const headers = { "x-publishable-api-key": await benchKey() }
  const setup = await lookUp(headers)
  const perSide = carts + warmupCarts
  await checkStock(headers, setup.variantIds, Math.ceil((perSide * LINES) / setup.variantIds.length))

  const runId = Date.now().toString(36)
  const sides = ["pickup", "delivery"]
  say(`preparing ${perSide} carts per side (${LINES} lines each), ${concurrency} at a time…`)
  const prepared = {}
  for (const side of sides) {
    prepared[side] = await pool(
      Array.from({ length: perSide }, (_, index) => () => prepareCart(headers, setup, side, index, runId)),
      concurrency
    )
  }

  say(`warm-up: ${warmupCarts} completions per side`)
  for (const side of sides) {
    const warm = await pool(prepared[side].slice(0, warmupCarts).map((id) => () => complete(headers, id)), concurrency)
    const failed = warm.filter((o) => !o.ok)
    if (failed.length) {
      throw new Error(`warm-up ${side} completion failed: ${failed[0].failure}`)
    }
  }

  say(`measuring: ${carts} completions per side, ${concurrency} at a time, sides alternating every ${block}`)
  const outcomes = { pickup: [], delivery: [] }
  const seconds = { pickup: 0, delivery: 0 }
  for (let start = warmupCarts; start < perSide; start += block) {
    for (const side of sides) {
      const started = performance.now()
      const ids = prepared[side].slice(start, Math.min(start + block, perSide))
      outcomes[side].push(...(await pool(ids.map((id) => () => complete(headers, id)), concurrency)))
      seconds[side] += (performance.now() - started) / 1000
    }
  }
  const results = { pickup: summary(outcomes.pickup, seconds.pickup), delivery: summary(outcomes.delivery, seconds.delivery) }

  const ratio = { p50: results.pickup.p50 / results.delivery.p50, p95: results.pickup.p95 / results.delivery.p95 }
  const row = (name, r) =>
    `${name.padEnd(16)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)} ` +
    `${String(r.mean).padStart(8)} ${r.ordersPerSecond.toFixed(2).padStart(9)} ${String(r.orders).padStart(7)} ${String(r.failures).padStart(9)}`
  console.log(
    [
      "",
      `Cart completion (POST /store/carts/:id/complete, ${LINES} lines): click & collect at ${PICKUP_STORE.code} vs home delivery from the bench warehouse`,
      `${os.cpus().length} cores (${os.cpus()[0]?.model?.trim()}), ${concurrency} concurrent completions, ${carts} carts per side, ` +
        `sides alternating every ${block}, ${new Date().toISOString()}`,
      "",
      `${"side".padEnd(16)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"mean ms".padStart(8)} ` +
        `${"orders/s".padStart(9)} ${"orders".padStart(7)} ${"failures".padStart(9)}`,
      row("click & collect", results.pickup),
      row("home delivery", results.delivery),
      "",
      `ratio click & collect / home delivery: p50 ${ratio.p50.toFixed(2)}, p95 ${ratio.p95.toFixed(2)}`,
      ...sides.flatMap((side) => results[side].failureMessages.map((message) => `${side} failure: ${message}`)),
    ].join("\n")
  )
  saveResult("checkout", {
    at: new Date().toISOString(),
    cores: os.cpus().length,
    concurrency,
    carts,
    lines: LINES,
    block,
    results,
    ratio,
  })
  return results.pickup.failures || results.delivery.failures ? 1 : 0
}

run("bench:checkout", main)
