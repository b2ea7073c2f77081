#!/usr/bin/env node
// `npm test`: every test tier of every workspace, against real PostgreSQL (embedded when none is named),
// and the HTTP tier once more with Redis modules when REDIS_URL is set.
//
// Filters: `npm test -- backend` (one workspace), `npm test -- backend:http` (one tier: unit, modules, http, http-redis).
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildPlugins } from "./build-plugins.mjs"
import { checkRedis } from "./lib/check-services.mjs"
import { startTestPostgres, useGivenDatabase } from "./lib/test-database.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const resultsDir = path.join(root, ".data", "test-results")
const jestBin = path.join(root, "node_modules", "jest", "bin", "jest.js")
const filters = process.argv.slice(2)

const TIERS = [
  { name: "unit", testType: "unit", description: "unit" },
  { name: "modules", testType: "integration:modules", description: "module integration" },
  { name: "http", testType: "integration:http", description: "HTTP integration (in-memory infrastructure)" },
  { name: "http-redis", testType: "integration:http", description: "HTTP integration (Redis modules)", redis: true },
]

const say = (line) => console.log(`[test] ${line}`)

function workspaces() {
  const pluginsDir = path.join(root, "plugins")
  const plugins = fs.existsSync(pluginsDir)
    ? fs.readdirSync(pluginsDir).map((name) => path.join("plugins", name))
    : []
  return ["backend", ...plugins].filter((dir) => fs.existsSync(path.join(root, dir, "jest.config.js")))
}

function selected(workspace, tier) {
  if (!filters.length) {
    return true
  }
  const name = path.basename(workspace)
  return filters.some((filter) => {
    const [ws, tierName] = filter.split(":")
    return (ws === name || ws === workspace) && (!tierName || tierName === tier.name)
  })
}

// `workspace:tier:pattern` narrows a run to the test files whose path matches the pattern (jest's own argument).
function testPathPatterns(workspace, tier) {
  const name = path.basename(workspace)
  return filters
    .map((filter) => filter.split(":"))
    .filter(([ws, tierName, pattern]) => (ws === name || ws === workspace) && tierName === tier.name && pattern)
    .map(([, , pattern]) => pattern)
}

function runJest(workspace, tier, env) {
  const outputFile = path.join(resultsDir, `${path.basename(workspace)}-${tier.name}.json`)
  fs.rmSync(outputFile, { force: true })
  const args = [
    "--experimental-vm-modules",
    jestBin,
    "--runInBand",
    "--forceExit",
    "--passWithNoTests",
    "--json",
    `--outputFile=${outputFile}`,
    ...testPathPatterns(workspace, tier),
  ]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: path.join(root, workspace),
      env: { ...env, TEST_TYPE: tier.testType },
      stdio: "inherit",
    })
    child.on("exit", (code) => {
      let report = null
      try {
        report = JSON.parse(fs.readFileSync(outputFile, "utf8"))
      } catch {
        // jest died before writing its report; counted as a failure below
      }
      resolve({ code: code ?? 1, report })
    })
  })
}

async function main() {
  if (!buildPlugins({ log: say })) {
    process.exit(1)
  }
  fs.mkdirSync(resultsDir, { recursive: true })
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  let postgres = null
  if (useGivenDatabase()) {
    say(`using PostgreSQL at ${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}`)
  } else {
    say("no DATABASE_URL or DB_HOST: starting a throwaway embedded PostgreSQL")
    postgres = await startTestPostgres()
    say(`embedded PostgreSQL on port ${postgres.port}`)
  }

  const redisUrl = process.env.REDIS_URL?.trim()
  let redisSkipReason = null
  if (!redisUrl) {
    redisSkipReason = "REDIS_URL is not set"
  } else {
    const problem = await checkRedis(redisUrl)
    if (problem) {
      redisSkipReason = problem
    }
  }

  const totals = { passed: 0, failed: 0, skipped: 0 }
  const lines = []
  const failures = []
  let broken = false
  try {
    for (const workspace of workspaces()) {
      for (const tier of TIERS) {
        if (!selected(workspace, tier)) {
          continue
        }
        const label = `${path.basename(workspace)} ${tier.description}`
        if (tier.redis && redisSkipReason) {
          const line = `${label}: skipped because ${redisSkipReason}`
          say(line)
          lines.push(line)
          continue
        }
        const env = { ...process.env }
        if (tier.redis) {
          env.REDIS_URL = redisUrl
        } else {
          delete env.REDIS_URL
        }
        say(`${label}…`)
        const { code, report } = await runJest(workspace, tier, env)
        if (!report) {
          broken = true
          lines.push(`${label}: jest exited with code ${code} before reporting`)
          continue
        }
        const passed = report.numPassedTests
        const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
        const skipped = report.numPendingTests + report.numTodoTests
        totals.passed += passed
        totals.failed += failed
        totals.skipped += skipped
        if (code !== 0 && failed === 0) {
          broken = true
        }
        failures.push(...failuresOf(label, report))
        lines.push(
          report.numTotalTestSuites === 0
            ? `${label}: no test files in this tier (nothing to run, not a skip)`
            : `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`
        )
      }
    }
  } finally {
    await postgres?.stop()
  }

  console.log("\nSummary")
  for (const line of lines) {
    console.log(`  ${line}`)
  }
  if (failures.length) {
    console.log("\nFailures")
    for (const failure of failures) {
      console.log(failure)
    }
  }
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  process.exit(totals.failed > 0 || broken ? 1 : 0)
}

/** Names each failed test (or suite that failed to run) with the first lines of its message, so a CI log says what broke. */
function failuresOf(label, report) {
  const excerpt = (text) =>
    String(text ?? "")
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")
      .filter((line) => line.trim())
      .slice(0, 12)
      .map((line) => `      ${line}`)
      .join("\n")
  const found = []
  for (const suite of report.testResults ?? []) {
    const file = path.relative(root, suite.name)
    const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === "failed")
    for (const test of failedTests) {
      found.push(`  ✕ ${label} › ${file} › ${test.fullName}\n${excerpt(test.failureMessages?.join("\n"))}`)
    }
    if (!failedTests.length && suite.status === "failed") {
      found.push(`  ✕ ${label} › ${file} (the file failed to run)\n${excerpt(suite.message)}`)
    }
  }
  return found
}

main().catch((error) => {
  console.error(`npm test could not run: ${error.message}`)
  process.exit(1)
})
