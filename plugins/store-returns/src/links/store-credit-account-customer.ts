import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import StoreCreditModule from "../modules/store-credit"

/**
 * The customer a store credit account belongs to. Read-only (no link table): the account keeps `customer_id`
 * itself, because (customer_id, currency_code) must be unique for a first credit and a concurrent one to open a
 * single account.
 */
export default defineLink(
  { linkable: StoreCreditModule.linkable.storeCreditAccount, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
