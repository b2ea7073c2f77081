import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { INSTALLED_QUERY, installStatements, STOCK_GUARD_VERSION } from "./sql"

export type StockGuardStatus = {
  version: string | null
  level_trigger: boolean
  reservation_trigger: boolean
  tables_exist: boolean
}

export async function readStockGuardStatus(pg: Knex | Knex.Transaction): Promise<StockGuardStatus> {
  const { rows } = await pg.raw(INSTALLED_QUERY)
  return rows[0]
}

const isCurrent = (status: StockGuardStatus) =>
  status.version === STOCK_GUARD_VERSION && status.level_trigger && status.reservation_trigger

/**
 * Installs (or upgrades) the guard unless it is already there at the current version. Several servers may boot at
 * once: an advisory lock makes them install one after the other, and the second finds it done.
 * Returns false when Medusa's inventory tables don't exist yet (the migration installs it later).
 */
export async function installStockGuard(pg: Knex): Promise<boolean> {
  const before = await readStockGuardStatus(pg)
  if (!before.tables_exist) {
    return false
  }
  if (isCurrent(before)) {
    return true
  }
  await pg.transaction(async (trx) => {
    await trx.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [STOCK_GUARD_VERSION])
    if (isCurrent(await readStockGuardStatus(trx))) {
      return
    }
    for (const statement of installStatements()) {
      await trx.raw(statement)
    }
  })
  return true
}
