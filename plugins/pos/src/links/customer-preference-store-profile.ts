import { defineLink } from "@medusajs/framework/utils"
import StoreProfileModule from "@passerelle/medusa-plugin-stores/modules/store-profile"
import CustomerInsightModule from "../modules/customer-insight"

/** A customer's favourite store. */
export default defineLink(
  { linkable: CustomerInsightModule.linkable.customerPreference, isList: true },
  StoreProfileModule.linkable.storeProfile
)
