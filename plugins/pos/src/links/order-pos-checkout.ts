import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PosModule from "../modules/pos"

/** The till payment (tenders, idempotency key) behind a POS order: what its receipt prints under "Paid". */
export default defineLink(OrderModule.linkable.order, PosModule.linkable.posCheckout)
