import { MedusaService } from "@medusajs/framework/utils"
import type { SalesAttributionOptions } from "../../utils/options"
import { AttributionOverride } from "./models/attribution-override"
import { AttributionRecord } from "./models/attribution-record"
import { AttributionReturn } from "./models/attribution-return"
import { OrderAttribution } from "./models/order-attribution"
import { SharedCart } from "./models/shared-cart"
import { Touchpoint } from "./models/touchpoint"
import { pluginOptionsOf } from "./plugin-options"

/**
 * Touchpoints, shared carts, order attributions and their records, returns reversed and overrides, plus the
 * attribution rules as the plugin was configured (`req.scope.resolve(SALES_ATTRIBUTION_MODULE).options`).
 */
export default class SalesAttributionModuleService extends MedusaService({
  Touchpoint,
  SharedCart,
  OrderAttribution,
  AttributionRecord,
  AttributionReturn,
  AttributionOverride,
}) {
  readonly options: SalesAttributionOptions

  constructor(_dependencies: Record<string, unknown>, options?: Record<string, unknown>) {
    super(...arguments)
    this.options = pluginOptionsOf(options)
  }
}
