import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { readStockGuardStatus, StockGuardStatus } from "./install"

type InjectedDependencies = { __pg_connection__: Knex }

/**
 * The stock guard has no models: it is a pair of triggers on Medusa's inventory tables (see sql.ts), installed by
 * this module's migration and loader. The service only reports whether they are in place.
 */
export default class StockGuardModuleService {
  protected readonly pg_: Knex

  constructor({ __pg_connection__ }: InjectedDependencies) {
    this.pg_ = __pg_connection__
  }

  async status(): Promise<StockGuardStatus> {
    return await readStockGuardStatus(this.pg_)
  }
}
