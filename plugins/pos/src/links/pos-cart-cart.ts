import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import PosModule from "../modules/pos"

/** The Medusa cart a POS sale is rung up in: Medusa prices, promotions and taxes it, as on the web. */
export default defineLink(PosModule.linkable.posCart, CartModule.linkable.cart)
