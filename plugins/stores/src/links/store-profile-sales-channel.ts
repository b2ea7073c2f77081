import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import StoreProfileModule from "../modules/store-profile"

/** The POS sales channel a store sells through; several stores may share one channel. */
export default defineLink(
  { linkable: StoreProfileModule.linkable.storeProfile, isList: true },
  SalesChannelModule.linkable.salesChannel
)
