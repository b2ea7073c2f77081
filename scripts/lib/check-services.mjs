// Reachability checks the launcher runs before Medusa boots, so a wrong address is reported in one
// line naming the variable instead of a stack trace from deep inside a driver.
import net from "node:net"
import pg from "pg"

function describe(error) {
  return error?.code ?? error?.message?.split("\n")[0] ?? String(error)
}

/** Connects to DATABASE_URL; if only the database is missing, creates it. Resolves to an error line or null. */
export async function checkDatabase(databaseUrl) {
  let url
  try {
    url = new URL(databaseUrl)
  } catch {
    return "DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)"
  }
  if (!["postgres:", "postgresql:"].includes(url.protocol)) {
    return `DATABASE_URL must start with postgres:// or postgresql://, got ${url.protocol}//`
  }
  const where = `${url.hostname}:${url.port || 5432}`
  const connect = async (connectionString) => {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 })
    client.on("error", () => undefined)
    await client.connect()
    return client
  }
  try {
    const client = await connect(databaseUrl)
    await client.end()
    return null
  } catch (error) {
    if (error?.code !== "3D000") {
      return `DATABASE_URL: cannot connect to PostgreSQL at ${where} (${describe(error)})`
    }
  }
  // The server answers but the database does not exist yet: create it, as `medusa db:create` would.
  const database = decodeURIComponent(url.pathname.slice(1))
  const admin = new URL(databaseUrl)
  admin.pathname = "/postgres"
  try {
    const client = await connect(admin.toString())
    await client.query(`create database "${database.replace(/"/g, '""')}"`)
    await client.end()
    return null
  } catch (error) {
    return `DATABASE_URL: database "${database}" does not exist at ${where} and could not be created (${describe(error)})`
  }
}

/** Opens a TCP connection to REDIS_URL's host and sends PING. Resolves to an error line or null. */
export async function checkRedis(redisUrl) {
  let url
  try {
    url = new URL(redisUrl)
  } catch {
    return "REDIS_URL is not a valid URL (expected redis://host:port)"
  }
  if (!["redis:", "rediss:"].includes(url.protocol) || !url.hostname) {
    return `REDIS_URL must look like redis://host:port, got "${redisUrl}"`
  }
  if (url.protocol === "rediss:") {
    return null // TLS handshakes are left to the Redis client itself.
  }
  const port = Number(url.port || 6379)
  const where = `${url.hostname}:${port}`
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port })
    const done = (result) => {
      socket.destroy()
      resolve(result)
    }
    socket.setTimeout(5000, () => done(`REDIS_URL: no answer from Redis at ${where} within 5 s`))
    socket.once("error", (error) => done(`REDIS_URL: cannot connect to Redis at ${where} (${describe(error)})`))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (data) => {
      const reply = data.toString()
      done(reply.startsWith("+PONG") || reply.startsWith("-NOAUTH") ? null : `REDIS_URL: ${where} did not answer like Redis (${reply.trim()})`)
    })
  })
}
