import { MedusaService } from "@medusajs/framework/utils"
import { PosCart } from "./models/pos-cart"

export default class PosModuleService extends MedusaService({ PosCart }) {}
