import { defineLink } from "@medusajs/framework/utils"
import StoreProfileModule from "@passerelle/medusa-plugin-stores/modules/store-profile"
import PosModule from "../modules/pos"

/** The store a POS cart belongs to: only associates acting for that store may see or change it. */
export default defineLink({ linkable: PosModule.linkable.posCart, isList: true }, StoreProfileModule.linkable.storeProfile)
