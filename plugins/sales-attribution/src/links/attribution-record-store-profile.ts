import { defineLink } from "@medusajs/framework/utils"
import StoreProfileModule from "@passerelle/medusa-plugin-stores/modules/store-profile"
import SalesAttributionModule from "../modules/sales-attribution"

/** The store a record credits. Read-only: the attributionRecord keeps `store_id` itself, so attribution queries need no join table. */
export default defineLink(
  { linkable: SalesAttributionModule.linkable.attributionRecord, field: "store_id" },
  StoreProfileModule.linkable.storeProfile,
  { readOnly: true }
)
