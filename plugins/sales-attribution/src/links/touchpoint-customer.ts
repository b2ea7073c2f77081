import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import SalesAttributionModule from "../modules/sales-attribution"

/** The customer the touchpoint was for, once known. Read-only: the touchpoint keeps `customer_id` itself, so attribution queries need no join table. */
export default defineLink(
  { linkable: SalesAttributionModule.linkable.touchpoint, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
