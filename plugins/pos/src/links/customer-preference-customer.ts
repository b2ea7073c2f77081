import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerInsightModule from "../modules/customer-insight"

/**
 * A customer's preferences and consents, one record each. Removing the customer's links (`link.delete`, as an
 * erasure would) deletes the record too.
 */
export default defineLink(CustomerModule.linkable.customer, {
  linkable: CustomerInsightModule.linkable.customerPreference,
  deleteCascade: true,
})
