#!/usr/bin/env node
// `npm test`: every test tier of every workspace, against real PostgreSQL (embedded when none is named),
// and the HTTP files marked `@redis-tier` once more with Redis modules when REDIS_URL is set.
//
// Filters: `npm test -- backend` (one workspace), `npm test -- backend:http` (one tier: unit, modules, http, http-redis),
// `npm test -- pos:http:pos-checkout` (the files of a tier whose path matches).
// PASSERELLE_TEST_JOBS=2 runs two jest processes at once (each tier's output is printed when it ends);
// PASSERELLE_REDIS_TIER=all runs every HTTP file on Redis, not only the marked ones.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildPlugins } from "./build-plugins.mjs"
import { checkRedis } from "./lib/check-services.mjs"
import { listFiles } from "./lib/list-files.mjs"
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

/**
 * An HTTP spec whose behaviour depends on the infrastructure (events delivered by the event bus, locks, the
 * workflow engine) carries this mark with the reason, and runs a second time on the Redis modules. The others
 * exercise the same code on either, so they run once, on the in-memory modules.
 */
const REDIS_TIER_MARK = "@redis-tier"

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

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** The workspace's HTTP spec files, and those of them marked for the Redis tier. */
function httpSpecs(workspace) {
  const dir = path.join(root, workspace, "integration-tests", "http")
  const all = listFiles(dir).filter((file) => /\.spec\.[jt]s$/.test(file))
  const marked = all.filter((file) => fs.readFileSync(file, "utf8").includes(REDIS_TIER_MARK))
  return { all, marked }
}

/**
 * What a tier runs: jest's path patterns, or why it runs nothing. The Redis tier runs the marked files (those a
 * `workspace:http-redis:pattern` filter keeps), or every file with PASSERELLE_REDIS_TIER=all.
 */
function planTier(workspace, tier) {
  const asked = testPathPatterns(workspace, tier)
  if (!tier.redis || process.env.PASSERELLE_REDIS_TIER === "all") {
    return { patterns: asked }
  }
  const { all, marked } = httpSpecs(workspace)
  const kept = marked.filter((file) => !asked.length || asked.some((pattern) => new RegExp(pattern).test(file)))
  const once = all.length - marked.length
  const note = once
    ? `${once} of ${all.length} files run on in-memory modules only (not marked ${REDIS_TIER_MARK}; PASSERELLE_REDIS_TIER=all runs them too)`
    : null
  if (!kept.length) {
    return { patterns: [], nothing: `no file marked ${REDIS_TIER_MARK}${asked.length ? " matches the filter" : ""}`, note }
  }
  const relative = (file) => escapeRegExp(path.relative(path.join(root, workspace), file)) + "$"
  return { patterns: kept.map(relative), note }
}

/** How long a tier is expected to take, so the longest start first when several run at once. */
function expectedWeight(workspace, tier, plan) {
  if (tier.testType !== "integration:http") {
    return 1
  }
  const files = plan.patterns.length && tier.redis ? plan.patterns.length : httpSpecs(workspace).all.length
  return 10 * files
}

function runJest(job) {
  const outputFile = path.join(resultsDir, `${job.name}.json`)
  const logFile = path.join(resultsDir, `${job.name}.log`)
  fs.rmSync(outputFile, { force: true })
  // An HTTP spec boots a whole Medusa app whose background work (subscribers, workflow runs, Redis consumers) may
  // outlive its file: each file gets a fresh jest worker process, so nothing of it reaches the next file's app.
  const isolation =
    job.tier.testType === "integration:http" ? ["--maxWorkers=1", "--workerIdleMemoryLimit=1MB"] : ["--runInBand"]
  const args = [
    "--experimental-vm-modules",
    jestBin,
    ...isolation,
    "--forceExit",
    "--passWithNoTests",
    "--json",
    `--outputFile=${outputFile}`,
    ...job.patterns,
  ]
  const log = job.buffered ? fs.openSync(logFile, "w") : null
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: path.join(root, job.workspace),
      env: { ...job.env, TEST_TYPE: job.tier.testType },
      stdio: log === null ? "inherit" : ["ignore", log, log],
    })
    child.on("exit", (code) => {
      if (log !== null) {
        fs.closeSync(log)
      }
      let report = null
      try {
        report = JSON.parse(fs.readFileSync(outputFile, "utf8"))
      } catch {
        // jest died before writing its report; counted as a failure below
      }
      resolve({ code: code ?? 1, report, logFile: log === null ? null : logFile })
    })
  })
}

/**
 * Runs the jobs `width` at a time, longest expected first. Redis jobs never overlap: they share one Redis, whose
 * queues and locks two apps at once would mix.
 */
async function runJobs(jobs, width, onDone) {
  const pending = [...jobs].sort((a, b) => b.weight - a.weight)
  let redisBusy = false
  const lane = async () => {
    for (;;) {
      const index = pending.findIndex((job) => !(job.tier.redis && redisBusy))
      if (index < 0) {
        if (!pending.length) {
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 500))
        continue
      }
      const [job] = pending.splice(index, 1)
      redisBusy ||= Boolean(job.tier.redis)
      const started = Date.now()
      if (job.buffered) {
        say(`${job.label}: started`)
      } else {
        say(`${job.label}…`)
      }
      const result = await runJest(job)
      if (job.tier.redis) {
        redisBusy = false
      }
      onDone(job, result, (Date.now() - started) / 1000)
    }
  }
  await Promise.all(Array.from({ length: width }, lane))
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

  const width = Math.max(1, Number.parseInt(process.env.PASSERELLE_TEST_JOBS ?? "1", 10) || 1)
  const started = Date.now()
  const totals = { passed: 0, failed: 0, skipped: 0 }
  const lines = new Map()
  const failures = []
  const jobs = []
  let broken = false
  for (const workspace of workspaces()) {
    for (const tier of TIERS) {
      if (!selected(workspace, tier)) {
        continue
      }
      const label = `${path.basename(workspace)} ${tier.description}`
      const key = `${workspace}:${tier.name}`
      if (tier.redis && redisSkipReason) {
        const line = `${label}: skipped because ${redisSkipReason}`
        say(line)
        lines.set(key, line)
        continue
      }
      const plan = planTier(workspace, tier)
      if (plan.nothing) {
        const line = `${label}: ${plan.nothing}${plan.note ? `; ${plan.note}` : ""}`
        say(line)
        lines.set(key, line)
        continue
      }
      const env = { ...process.env }
      if (tier.redis) {
        env.REDIS_URL = redisUrl
      } else {
        delete env.REDIS_URL
      }
      lines.set(key, `${label}: not run`)
      jobs.push({
        key,
        name: `${path.basename(workspace)}-${tier.name}`,
        workspace,
        tier,
        label,
        env,
        patterns: plan.patterns,
        note: plan.note,
        weight: expectedWeight(workspace, tier, plan),
        buffered: width > 1,
      })
    }
  }
  if (width > 1) {
    say(`${jobs.length} jest runs, ${width} at a time; each one's output is printed when it ends`)
  }

  try {
    await runJobs(jobs, width, (job, { code, report, logFile }, seconds) => {
      if (logFile) {
        say(`${job.label}: output (${path.relative(root, logFile)})`)
        process.stdout.write(fs.readFileSync(logFile, "utf8"))
      }
      const took = `${Math.round(seconds)} s`
      if (!report) {
        broken = true
        lines.set(job.key, `${job.label}: jest exited with code ${code} before reporting (${took})`)
        return
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
      failures.push(...failuresOf(job.label, report))
      const line =
        report.numTotalTestSuites === 0
          ? `${job.label}: no test files in this tier (nothing to run, not a skip)`
          : `${job.label}: ${passed} passed, ${failed} failed, ${skipped} skipped (${took})${job.note ? `; ${job.note}` : ""}`
      lines.set(job.key, line)
      say(line)
    })
  } finally {
    await postgres?.stop()
  }

  console.log("\nSummary")
  for (const line of lines.values()) {
    console.log(`  ${line}`)
  }
  if (failures.length) {
    console.log("\nFailures")
    for (const failure of failures) {
      console.log(failure)
    }
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1)
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped in ${minutes} min`)
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
