import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ClickCollectModule from "../modules/click-collect"

/** The store (its stock location) where a pickup waits: a store's queue is its location's pickups. */
export default defineLink(StockLocationModule.linkable.stockLocation, {
  linkable: ClickCollectModule.linkable.pickup,
  isList: true,
})
