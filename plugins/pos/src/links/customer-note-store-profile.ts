import { defineLink } from "@medusajs/framework/utils"
import StoreProfileModule from "@passerelle/medusa-plugin-stores/modules/store-profile"
import CustomerInsightModule from "../modules/customer-insight"

/** The store a note was written in: without the customer's consent, only that store sees it. */
export default defineLink(
  { linkable: CustomerInsightModule.linkable.customerNote, isList: true },
  StoreProfileModule.linkable.storeProfile
)
