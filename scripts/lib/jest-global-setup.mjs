// Jest global set-up shared by every workspace: real PostgreSQL, embedded when none is named.
import { startTestPostgres, useGivenDatabase } from "./test-database.mjs"

export default async function globalSetup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  if (process.env.TEST_TYPE === "unit" || useGivenDatabase()) {
    return
  }
  globalThis.__PASSERELLE_TEST_POSTGRES__ = await startTestPostgres()
}
