// What decides the database schema: installed Medusa packages, medusa-config.ts, and our own modules and links.
// When none of it changed since the last `npm start`, the embedded database is already migrated and the launcher
// skips `medusa db:migrate` (about 15 s), so a second start takes seconds.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { listFiles } from "./list-files.mjs"


export function schemaFingerprint(root) {
  const hash = crypto.createHash("sha256")
  for (const file of ["package-lock.json", "backend/medusa-config.ts"]) {
    const full = path.join(root, file)
    hash.update(fs.existsSync(full) ? fs.readFileSync(full) : "")
  }
  const pluginsDir = path.join(root, "plugins")
  const sourceRoots = [
    path.join(root, "backend", "src"),
    ...(fs.existsSync(pluginsDir)
      ? fs.readdirSync(pluginsDir).map((name) => path.join(pluginsDir, name, "src"))
      : []),
  ]
  for (const sourceRoot of sourceRoots) {
    for (const folder of ["modules", "links"]) {
      for (const file of listFiles(path.join(sourceRoot, folder)).sort()) {
        hash.update(path.relative(root, file))
        hash.update(fs.readFileSync(file))
      }
    }
  }
  return hash.digest("hex")
}

/** The demo seed's own sources: when they change, the (idempotent) seed runs again to add what is new. */
export function seedFingerprint(root) {
  const hash = crypto.createHash("sha256")
  for (const file of listFiles(path.join(root, "backend", "src", "scripts")).sort()) {
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest("hex")
}
