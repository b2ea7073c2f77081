import { Module } from "@medusajs/framework/utils"
import installStockGuardLoader from "./loaders/install-stock-guard"
import StockGuardModuleService from "./service"

export const STOCK_GUARD_MODULE = "stockGuard"

export { STOCK_GUARD_MESSAGE_PREFIX, STOCK_GUARD_SQLSTATE } from "./sql"
export type { StockGuardModuleService }

export default Module(STOCK_GUARD_MODULE, {
  service: StockGuardModuleService,
  loaders: [installStockGuardLoader],
})
