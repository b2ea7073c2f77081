import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AssociateModule from "@passerelle/medusa-plugin-stores/modules/associate"

/** The associate who rang up a POS sale. */
export default defineLink({ linkable: OrderModule.linkable.order, isList: true }, AssociateModule.linkable.associate)
