// Load through autocannon, measured the same way by every benchmark: latency percentiles of the responses
// (a slow response is measured, never dropped), throughput, and the responses that were not a 2xx.
import autocannon from "autocannon"
import { percentile } from "./backend.mjs"

/** Runs autocannon on one request for `seconds`; resolves to p50/p95/p99 (ms), requests per second and failures. */
export function load({ url, method = "GET", headers = {}, body, connections, seconds }) {
  return new Promise((resolve, reject) => {
    const latencies = []
    let failures = 0
    const instance = autocannon(
      {
        url,
        method,
        connections,
        duration: seconds,
        headers: body ? { "content-type": "application/json", ...headers } : headers,
        body: body ? JSON.stringify(body) : undefined,
        timeout: 120,
      },
      (error, result) => {
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
      }
    )
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (statusCode < 200 || statusCode >= 300) {
        failures++
      }
    })
  })
}

/** One table row: name, p50, p95, p99, req/s, requests, failures. */
export const tableRow = (name, r, width = 14) =>
  `${name.padEnd(width)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(7)} ${String(r.p99).padStart(7)} ` +
  `${r.rps.toFixed(0).padStart(8)} ${String(r.requests).padStart(9)} ${String(r.failures).padStart(8)}`

export const tableHeader = (width = 14) =>
  `${"endpoint".padEnd(width)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"req/s".padStart(8)} ${"requests".padStart(9)} ${"non-2xx".padStart(8)}`
