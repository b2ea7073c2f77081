import { MedusaService } from "@medusajs/framework/utils"
import type { StoreReturnsOptions } from "../../utils/options"
import { StoreReturn } from "./models/store-return"
import { StoreReturnLine } from "./models/store-return-line"
import { pluginOptionsOf } from "./plugin-options"

/**
 * Store returns and their lines, plus the return policy as the plugin was configured: Medusa hands a plugin's
 * options to each of its modules, so routes and workflows read them here
 * (`req.scope.resolve(STORE_RETURNS_MODULE).options`).
 */
export default class StoreReturnsModuleService extends MedusaService({ StoreReturn, StoreReturnLine }) {
  readonly options: StoreReturnsOptions

  constructor(dependencies: Record<string, unknown>, options?: Record<string, unknown>) {
    super(...arguments)
    this.options = pluginOptionsOf(options)
  }
}
