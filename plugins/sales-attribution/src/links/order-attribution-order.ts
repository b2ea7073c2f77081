import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SalesAttributionModule from "../modules/sales-attribution"

/** The order an attribution credits: one each way, so `order.order_attribution.*` is readable from Medusa's side. */
export default defineLink(SalesAttributionModule.linkable.orderAttribution, OrderModule.linkable.order)
