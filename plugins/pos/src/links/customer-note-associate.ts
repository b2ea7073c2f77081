import { defineLink } from "@medusajs/framework/utils"
import AssociateModule from "@passerelle/medusa-plugin-stores/modules/associate"
import CustomerInsightModule from "../modules/customer-insight"

/** The associate who wrote a note. */
export default defineLink(
  { linkable: CustomerInsightModule.linkable.customerNote, isList: true },
  AssociateModule.linkable.associate
)
