import { defineLink } from "@medusajs/framework/utils"
import AssociateModule from "@passerelle/medusa-plugin-stores/modules/associate"
import StoreReturnsModule from "../modules/store-returns"

/** The associate who took the items back. */
export default defineLink(AssociateModule.linkable.associate, {
  linkable: StoreReturnsModule.linkable.storeReturn,
  isList: true,
})
