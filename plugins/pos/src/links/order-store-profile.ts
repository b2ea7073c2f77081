import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StoreProfileModule from "@passerelle/medusa-plugin-stores/modules/store-profile"

/** The store an order was sold in (POS sales) or handed over at; web home deliveries have none. */
export default defineLink({ linkable: OrderModule.linkable.order, isList: true }, StoreProfileModule.linkable.storeProfile)
