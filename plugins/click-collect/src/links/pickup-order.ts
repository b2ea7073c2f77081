import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ClickCollectModule from "../modules/click-collect"

/** The click & collect order a pickup hands over: one pickup per order. */
export default defineLink(ClickCollectModule.linkable.pickup, OrderModule.linkable.order)
