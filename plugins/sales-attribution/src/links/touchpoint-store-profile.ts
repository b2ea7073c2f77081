import { defineLink } from "@medusajs/framework/utils"
import StoreProfileModule from "@passerelle/medusa-plugin-stores/modules/store-profile"
import SalesAttributionModule from "../modules/sales-attribution"

/** The store the associate acted for. Read-only: the touchpoint keeps `store_id` itself, so attribution queries need no join table. */
export default defineLink(
  { linkable: SalesAttributionModule.linkable.touchpoint, field: "store_id" },
  StoreProfileModule.linkable.storeProfile,
  { readOnly: true }
)
