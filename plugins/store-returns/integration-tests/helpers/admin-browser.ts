import { build, serve } from "@medusajs/admin-bundler"
import express from "express"
import fs from "fs"
import http from "http"
import type { AddressInfo } from "net"
import path from "path"
import { chromium, type Browser } from "playwright-core"

/** Debian's Chromium (package `chromium`); playwright-core drives it and never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

const PLUGIN_DIR = path.join(__dirname, "../..")
const ADMIN_OUT_DIR = path.join(PLUGIN_DIR, ".medusa", "test-admin")
const ADMIN_PLUGINS = [
  "@passerelle/medusa-plugin-stores",
  "@passerelle/medusa-plugin-click-collect",
  "@passerelle/medusa-plugin-store-returns",
]

/** The built admin bundles of the plugins: the dashboard is built again only when one of them changed. */
function pluginAdminBundles() {
  return ADMIN_PLUGINS.map((name) => require.resolve(`${name}/admin`))
}

/**
 * Medusa's dashboard with the plugins' admin extensions (as in click-collect's browser check), built once and
 * reused while the plugins' admin bundles are older than it.
 */
export async function buildAdmin(): Promise<string> {
  const index = path.join(ADMIN_OUT_DIR, "index.html")
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0
  if (!builtAt || pluginAdminBundles().some((file) => fs.statSync(file).mtimeMs > builtAt)) {
    await build({
      path: "/app",
      outDir: ADMIN_OUT_DIR,
      backendUrl: "/",
      sources: [],
      plugins: ADMIN_PLUGINS.map((name) => `${name}/admin`),
    })
  }
  return ADMIN_OUT_DIR
}

/**
 * One origin for the browser: the built dashboard under /app, every other path proxied to the test app, so the
 * dashboard's session cookie and relative API calls work as in production.
 */
export async function serveAdmin(apiBaseUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express()
  app.use("/app", await serve({ outDir: await buildAdmin() }))
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
