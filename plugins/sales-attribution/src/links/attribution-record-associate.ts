import { defineLink } from "@medusajs/framework/utils"
import AssociateModule from "@passerelle/medusa-plugin-stores/modules/associate"
import SalesAttributionModule from "../modules/sales-attribution"

/** The associate a record credits. Read-only: the attributionRecord keeps `associate_id` itself, so attribution queries need no join table. */
export default defineLink(
  { linkable: SalesAttributionModule.linkable.attributionRecord, field: "associate_id" },
  AssociateModule.linkable.associate,
  { readOnly: true }
)
