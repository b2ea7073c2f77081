import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import SalesAttributionModule from "../modules/sales-attribution"

/** The cart the associate built (shared carts). Read-only: the touchpoint keeps `cart_id` itself, so attribution queries need no join table. */
export default defineLink(
  { linkable: SalesAttributionModule.linkable.touchpoint, field: "cart_id" },
  CartModule.linkable.cart,
  { readOnly: true }
)
