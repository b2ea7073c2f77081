// What decides the database schema: installed Medusa packages, medusa-config.ts, and our own modules and links.
// When none of it changed since the last `npm start`, the embedded database is already migrated and the launcher
// skips `medusa db:migrate` (about 15 s), so a second start takes seconds.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

function listFiles(dir) {
  if (!fs.existsSync(dir)) {
    return []
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

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
