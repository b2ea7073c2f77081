import { defineLink } from "@medusajs/framework/utils"
import AssociateModule from "@passerelle/medusa-plugin-stores/modules/associate"
import PosModule from "../modules/pos"

/** The associate who opened the POS cart. */
export default defineLink({ linkable: PosModule.linkable.posCart, isList: true }, AssociateModule.linkable.associate)
