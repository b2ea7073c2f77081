import { defineLink } from "@medusajs/framework/utils"
import AssociateModule from "@passerelle/medusa-plugin-stores/modules/associate"
import SalesAttributionModule from "../modules/sales-attribution"

/** The associate or e-seller who made the touchpoint. Read-only: the touchpoint keeps `associate_id` itself, so attribution queries need no join table. */
export default defineLink(
  { linkable: SalesAttributionModule.linkable.touchpoint, field: "associate_id" },
  AssociateModule.linkable.associate,
  { readOnly: true }
)
