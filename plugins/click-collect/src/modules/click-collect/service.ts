import { MedusaService } from "@medusajs/framework/utils"
import type { ClickCollectOptions } from "../../utils/options"
import { Pickup } from "./models/pickup"
import { PickupEvent } from "./models/pickup-event"
import { pluginOptionsOf } from "./plugin-options"

/**
 * Pickups and their timelines, plus click & collect's settings as the plugin was configured: Medusa hands a
 * plugin's options to each of its modules, so routes and workflows read them here
 * (`req.scope.resolve(CLICK_COLLECT_MODULE).options`).
 */
export default class ClickCollectModuleService extends MedusaService({ Pickup, PickupEvent }) {
  readonly options: ClickCollectOptions

  constructor(dependencies: Record<string, unknown>, options?: Record<string, unknown>) {
    super(...arguments)
    this.options = pluginOptionsOf(options)
  }
}
