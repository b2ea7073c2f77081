import type { ClickCollectOptions } from "../../utils/options"
import { pluginOptionsOf } from "./plugin-options"

/**
 * Click & collect's settings, as the plugin was configured: Medusa hands a plugin's options to each of its
 * modules, so routes and workflows read them here (`req.scope.resolve(CLICK_COLLECT_MODULE).options`).
 */
export default class ClickCollectModuleService {
  readonly options: ClickCollectOptions

  constructor(_dependencies: Record<string, unknown>, options?: Record<string, unknown>) {
    this.options = pluginOptionsOf(options)
  }
}
