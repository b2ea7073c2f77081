import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomerInsightModule from "../modules/customer-insight"

/**
 * The customer a note is about. Removing the customer's links (`link.delete`, as an erasure would) deletes their
 * notes too. Medusa's own customer deletion only soft-deletes the customer row and leaves links alone.
 */
export default defineLink(CustomerModule.linkable.customer, {
  linkable: CustomerInsightModule.linkable.customerNote,
  isList: true,
  deleteCascade: true,
})
