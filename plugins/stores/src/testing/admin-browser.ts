/**
 * Test helpers for browser checks of plugins' admin extensions (exported as
 * `@passerelle/medusa-plugin-stores/testing/admin-browser`): Medusa's dashboard built with the plugins' extensions,
 * served on one origin with the test app, and Debian's Chromium to drive it. Medusa never loads this folder at run
 * time.
 */
import { build, serve } from "@medusajs/admin-bundler"
import express from "express"
import fs from "fs"
import http from "http"
import type { AddressInfo } from "net"
import path from "path"
import { chromium, type Browser, type Page } from "playwright-core"
import { PASSWORD } from "./store-network"

/** Debian's Chromium (package `chromium`); playwright-core drives it and never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/**
 * Which dashboard a browser check needs: the plugins whose admin extensions it shows (package names, each with an
 * `./admin` export) and the folder the built dashboard is kept in (one per calling plugin, under its `.medusa`).
 */
export type TestDashboard = { plugins: string[]; outDir: string }

/**
 * Medusa's dashboard with the plugins' admin extensions, built once (a minute or two on two cores) and reused
 * while the plugins' admin bundles are older than it.
 */
export async function buildAdmin({ plugins, outDir }: TestDashboard): Promise<string> {
  const index = path.join(outDir, "index.html")
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0
  const bundles = plugins.map((name) => require.resolve(`${name}/admin`))
  if (!builtAt || bundles.some((file) => fs.statSync(file).mtimeMs > builtAt)) {
    await build({
      path: "/app",
      outDir,
      backendUrl: "/",
      sources: [],
      plugins: plugins.map((name) => `${name}/admin`),
    })
  }
  return outDir
}

/**
 * One origin for the browser: the built dashboard under /app, every other path proxied to the test app, so the
 * dashboard's session cookie and relative API calls work as in production.
 */
export async function serveAdmin(
  apiBaseUrl: string,
  dashboard: TestDashboard
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express()
  app.use("/app", await serve({ outDir: await buildAdmin(dashboard) }))
  const api = new URL(apiBaseUrl)
  app.use((req, res) => {
    const upstream = http.request(
      { host: api.hostname, port: api.port, path: req.originalUrl, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on("error", () => res.status(502).end())
    req.pipe(upstream)
  })
  const server = app.listen(0, "127.0.0.1")
  await new Promise((resolve) => server.once("listening", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Debian's Chromium, headless, with the flags this sandbox and CI need. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  })
}

/**
 * Why the browser check doesn't run here, if it doesn't: it needs Debian's Chromium, and it runs once, on the
 * in-memory tier, since the Redis tier changes nothing it looks at.
 */
export function browserCheckSkipReason(): string | undefined {
  if (process.env.REDIS_URL) {
    return "the admin browser check runs once, in the in-memory HTTP tier"
  }
  if (!fs.existsSync(CHROMIUM) && process.env.CI !== "true") {
    return `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`
  }
  return undefined
}

/** The dashboard a browser spec drives: its URL (served on one origin with the test app) and the browser. */
export type OpenDashboard = { url: string; browser: Browser }

/**
 * Serves the dashboard and starts Chromium once for a spec file (`beforeAll`), and stops both after it
 * (`afterAll`). Call it inside the suite; read `url` and `browser` in the tests.
 */
export function useAdminDashboard(apiBaseUrl: () => string, dashboard: TestDashboard): OpenDashboard {
  const open = {} as OpenDashboard
  let served: Awaited<ReturnType<typeof serveAdmin>> | undefined
  beforeAll(async () => {
    served = await serveAdmin(apiBaseUrl(), dashboard)
    open.url = served.url
    open.browser = await launchChromium()
  })
  afterAll(async () => {
    await open.browser?.close()
    await served?.close()
  })
  return open
}

/** Signs the test app's admin user in on the dashboard's login page, and waits to be let in. */
export async function signInToDashboard(page: Page, dashboardUrl: string, email = "merch@example.com") {
  await page.goto(`${dashboardUrl}/app/login`)
  await page.fill("input[name=email]", email)
  await page.fill("input[name=password]", PASSWORD)
  await page.click("button[type=submit]")
  await page.waitForURL((url) => !url.pathname.endsWith("/login"))
}
