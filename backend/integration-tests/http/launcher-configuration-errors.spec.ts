import { spawn } from "child_process"
import path from "path"

/**
 * Bad configuration must stop `npm start` with one line naming the variable, never a stack trace.
 * These run the real launcher as an operator would, against the test PostgreSQL server.
 */

jest.setTimeout(60 * 1000)

const launcher = path.resolve(__dirname, "../../../scripts/start.mjs")

const reachableDatabaseUrl = () => {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/postgres`
}

function runLauncher(env: Record<string, string>, args = ["--migrate-only"]) {
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...env }
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [launcher, ...args], { env: childEnv })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.on("exit", (code) => resolve({ code, stdout, stderr }))
  })
}

const expectOneClearLine = (stderr: string, pattern: RegExp) => {
  const lines = stderr.trim().split("\n")
  expect(lines).toEqual([expect.stringMatching(pattern)])
  expect(stderr).not.toMatch(/^\s+at /m)
}

describe("npm start with bad configuration", () => {
  it("names DATABASE_URL when PostgreSQL is unreachable", async () => {
    const { code, stderr } = await runLauncher({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/passerelle" })
    expect(code).not.toBe(0)
    expectOneClearLine(stderr, /^DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\)$/)
  })

  it("names DATABASE_URL when it is not a URL at all", async () => {
    const { code, stderr } = await runLauncher({ DATABASE_URL: "passerelle-db" })
    expect(code).not.toBe(0)
    expectOneClearLine(stderr, /^DATABASE_URL is not a valid URL/)
  })

  it("names REDIS_URL when it is malformed", async () => {
    const { code, stderr } = await runLauncher({
      DATABASE_URL: reachableDatabaseUrl(),
      REDIS_URL: "localhost:6379",
    })
    expect(code).not.toBe(0)
    expectOneClearLine(stderr, /^REDIS_URL must look like redis:\/\/host:port/)
  })

  it("names REDIS_URL when nothing answers there", async () => {
    const { code, stderr } = await runLauncher({
      DATABASE_URL: reachableDatabaseUrl(),
      REDIS_URL: "redis://127.0.0.1:1",
    })
    expect(code).not.toBe(0)
    expectOneClearLine(stderr, /^REDIS_URL: cannot connect to Redis at 127\.0\.0\.1:1 \(ECONNREFUSED\)$/)
  })

  it("refuses production with the public default secrets", async () => {
    const { code, stderr } = await runLauncher({
      DATABASE_URL: reachableDatabaseUrl(),
      NODE_ENV: "production",
    })
    expect(code).not.toBe(0)
    expect(stderr.trim().split("\n")).toEqual([
      "Configuration error: JWT_SECRET must be set to a private value when NODE_ENV=production",
      "Configuration error: COOKIE_SECRET must be set to a private value when NODE_ENV=production",
    ])
  })

  it("refuses a production worker on in-memory infrastructure", async () => {
    const { code, stderr } = await runLauncher(
      {
        DATABASE_URL: reachableDatabaseUrl(),
        NODE_ENV: "production",
        JWT_SECRET: "a-private-secret",
        COOKIE_SECRET: "another-private-secret",
        MEDUSA_WORKER_MODE: "worker",
      },
      ["--no-migrate"]
    )
    expect(code).not.toBe(0)
    expectOneClearLine(stderr, /^Configuration error: REDIS_URL must be set when MEDUSA_WORKER_MODE=worker in production/)
  })
})
