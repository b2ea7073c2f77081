#!/usr/bin/env node
// Builds every plugin under plugins/ with `medusa plugin:build` when its sources changed since the last build.
// The backend loads plugins from their build output (.medusa/server), so `npm install` (postinstall),
// `npm start` and `npm test` all call this; an unchanged plugin costs a hash of its sources.
import { spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { listFiles } from "./lib/list-files.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const pluginsDir = path.join(root, "plugins")
const medusaBin = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")


function sourceHash(pluginDir) {
  const hash = crypto.createHash("sha256")
  const files = [
    ...listFiles(path.join(pluginDir, "src")),
    path.join(pluginDir, "package.json"),
    path.join(pluginDir, "tsconfig.json"),
  ].filter((file) => fs.existsSync(file))
  for (const file of files.sort()) {
    hash.update(path.relative(pluginDir, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest("hex")
}

/** Plugin folders in build order: a plugin that imports another (e.g. pos needs stores) comes after it. */
function pluginsInBuildOrder() {
  const manifests = new Map()
  for (const name of fs.readdirSync(pluginsDir).sort()) {
    const manifest = path.join(pluginsDir, name, "package.json")
    if (fs.existsSync(manifest)) {
      manifests.set(name, JSON.parse(fs.readFileSync(manifest, "utf8")))
    }
  }
  const folderOf = new Map([...manifests].map(([name, pkg]) => [pkg.name, name]))
  const ordered = []
  const visit = (name, trail = []) => {
    if (ordered.includes(name)) {
      return
    }
    if (trail.includes(name)) {
      throw new Error(`plugins depend on each other in a cycle: ${[...trail, name].join(" → ")}`)
    }
    const pkg = manifests.get(name)
    const needs = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.devDependencies })
      .map((dependency) => folderOf.get(dependency))
      .filter(Boolean)
    for (const dependency of needs) {
      visit(dependency, [...trail, name])
    }
    ordered.push(name)
  }
  for (const name of manifests.keys()) {
    visit(name)
  }
  return ordered
}

export function buildPlugins({ log = console.log } = {}) {
  if (!fs.existsSync(pluginsDir) || !fs.existsSync(medusaBin)) {
    return true
  }
  for (const name of pluginsInBuildOrder()) {
    const pluginDir = path.join(pluginsDir, name)
    // A plugin folder without sources (the Docker image's dependency layer copies manifests only) has nothing to build.
    if (!fs.existsSync(path.join(pluginDir, "package.json")) || !fs.existsSync(path.join(pluginDir, "src"))) {
      continue
    }
    const stamp = path.join(pluginDir, ".medusa", "server", ".source-hash")
    const hash = sourceHash(pluginDir)
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) {
      continue
    }
    log(`[build] plugins/${name}: medusa plugin:build…`)
    const result = spawnSync(process.execPath, [medusaBin, "plugin:build"], {
      cwd: pluginDir,
      encoding: "utf8",
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" },
    })
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`
    if (result.status !== 0 || /completed with errors/.test(output)) {
      console.error(`plugins/${name} does not build:\n${output}`)
      return false
    }
    fs.writeFileSync(stamp, hash)
  }
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(buildPlugins() ? 0 : 1)
}
