import { defineLink } from "@medusajs/framework/utils"
import StoreProfileModule from "@passerelle/medusa-plugin-stores/modules/store-profile"
import StoreReturnsModule from "../modules/store-returns"

/** The store whose counter took the items back (and whose shelf got the resellable ones). */
export default defineLink(StoreProfileModule.linkable.storeProfile, {
  linkable: StoreReturnsModule.linkable.storeReturn,
  isList: true,
})
