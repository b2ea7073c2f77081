import { MedusaService } from "@medusajs/framework/utils"
import { PosCart } from "./models/pos-cart"
import { PosCheckout } from "./models/pos-checkout"
import { PosTender } from "./models/pos-tender"

export default class PosModuleService extends MedusaService({ PosCart, PosCheckout, PosTender }) {}
