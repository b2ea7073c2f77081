import fs from "node:fs"
import path from "node:path"
import { parse } from "yaml"
import { ENVIRONMENT_VARIABLES, LAUNCHER_VARIABLES } from "../environment"

/**
 * docker/compose.yaml can't be started here, so it is checked statically: it parses, it has the services
 * the deployment needs, they are health-checked, and the backend image is given only variables that
 * backend/src/config/environment.ts documents (a variable nobody reads is a typo or a leaked secret).
 */

const dockerDir = path.resolve(__dirname, "../../../../docker")
const composeText = fs.readFileSync(path.join(dockerDir, "compose.yaml"), "utf8")
const envExampleText = fs.readFileSync(path.join(dockerDir, ".env.example"), "utf8")

type Service = {
  image?: string
  build?: unknown
  command?: string | string[]
  environment?: Record<string, unknown> | string[]
  env_file?: unknown
  healthcheck?: { test?: unknown; disable?: boolean }
  depends_on?: Record<string, { condition?: string }> | string[]
}
type Compose = { services: Record<string, Service> }

// Compose honours YAML merge keys (`<<: *anchor`); parse them the same way.
const compose = parse(composeText, { merge: true }) as Compose
const services = compose.services

const EXPECTED_SERVICES = [
  "postgres",
  "redis",
  "meilisearch",
  "migrate",
  "server-1",
  "server-2",
  "worker",
  "proxy",
]
const ONE_SHOT_SERVICES = ["migrate"]
const BACKEND_DOCKERFILE = "docker/backend.Dockerfile"

const backendImage = services["server-1"]?.image

/** Services running the backend image: built from its Dockerfile or named after the same image. */
function isBackendService(service: Service): boolean {
  const build = service.build as { dockerfile?: string } | undefined
  return build?.dockerfile === BACKEND_DOCKERFILE || (!!backendImage && service.image === backendImage)
}

function environmentKeys(service: Service): string[] {
  const environment = service.environment ?? {}
  if (Array.isArray(environment)) {
    return environment.map((entry) => entry.split("=")[0])
  }
  return Object.keys(environment)
}

/** `${VAR}`, `${VAR:-default}`, `${VAR:?message}`…, but not `$${VAR}`, which compose leaves to the container. */
function interpolatedVariables(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) {
    names.add(match[1])
  }
  for (const match of text.matchAll(/(?<!\$)\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    names.add(match[1])
  }
  return [...names].sort()
}

const backendServiceNames = Object.keys(services).filter((name) => isBackendService(services[name]))
const readVariables = new Set([
  ...Object.keys(ENVIRONMENT_VARIABLES),
  ...Object.keys(LAUNCHER_VARIABLES),
])

describe("docker/compose.yaml", () => {
  it("is a Compose-spec file (no obsolete top-level version key) with the deployment's services", () => {
    expect(compose).toEqual(expect.objectContaining({ services: expect.any(Object) }))
    expect(compose).not.toHaveProperty("version")
    expect(Object.keys(services).sort()).toEqual([...EXPECTED_SERVICES].sort())
  })

  it("runs migrate, both servers and the worker from the backend image", () => {
    expect(backendServiceNames.sort()).toEqual(["migrate", "server-1", "server-2", "worker"])
    for (const name of backendServiceNames) {
      expect({ name, image: services[name].image }).toEqual({ name, image: backendImage })
    }
  })

  it("health-checks every long-running service", () => {
    const longRunning = Object.keys(services).filter((name) => !ONE_SHOT_SERVICES.includes(name))
    for (const name of longRunning) {
      const healthcheck = services[name].healthcheck
      expect({ name, disabled: healthcheck?.disable ?? false }).toEqual({ name, disabled: false })
      expect({ name, test: Array.isArray(healthcheck?.test) || typeof healthcheck?.test === "string" }).toEqual(
        { name, test: true }
      )
    }
  })

  it("passes the backend only variables it reads (ENVIRONMENT_VARIABLES or LAUNCHER_VARIABLES)", () => {
    for (const name of backendServiceNames) {
      const service = services[name]
      // env_file would hand over docker/.env whole, secrets of other services included.
      expect({ name, env_file: service.env_file }).toEqual({ name, env_file: undefined })
      const unknown = environmentKeys(service).filter((key) => !readVariables.has(key))
      expect({ name, unknown }).toEqual({ name, unknown: [] })
    }
  })

  it("gives servers and the worker their roles, after a successful migration", () => {
    const roles = Object.fromEntries(
      ["server-1", "server-2", "worker"].map((name) => {
        const environment = services[name].environment as Record<string, unknown>
        return [name, environment.MEDUSA_WORKER_MODE]
      })
    )
    expect(roles).toEqual({ "server-1": "server", "server-2": "server", worker: "worker" })
    expect((services.worker.environment as Record<string, unknown>).MEDUSA_ADMIN_DISABLED).toBe("true")
    for (const name of ["server-1", "server-2", "worker"]) {
      const dependsOn = services[name].depends_on as Record<string, { condition?: string }>
      expect({ name, migrate: dependsOn.migrate?.condition }).toEqual({
        name,
        migrate: "service_completed_successfully",
      })
    }
    expect(services.migrate.command).toEqual(["node", "scripts/start.mjs", "--migrate-only"])
  })

  it("has every variable it substitutes documented in docker/.env.example", () => {
    const variables = interpolatedVariables(composeText)
    expect(variables).toEqual(expect.arrayContaining(["COOKIE_SECRET", "JWT_SECRET", "POSTGRES_PASSWORD"]))
    const documented = (name: string) => new RegExp(`^[#\\s]*${name}=`, "m").test(envExampleText)
    expect(variables.filter((name) => !documented(name))).toEqual([])
  })
})
