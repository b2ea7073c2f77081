import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StoreReturnsModule from "../modules/store-returns"

/** Medusa's return behind a store return: one each way. */
export default defineLink(StoreReturnsModule.linkable.storeReturn, OrderModule.linkable.return)
