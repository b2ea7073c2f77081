import { MedusaService } from "@medusajs/framework/utils"
import { Associate } from "./models/associate"

export default class AssociateModuleService extends MedusaService({ Associate }) {}
