import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import StoreProfileModule from "../modules/store-profile"

/** A store is a stock location with a profile: its shelf is that location's stock. */
export default defineLink(StoreProfileModule.linkable.storeProfile, StockLocationModule.linkable.stockLocation)
