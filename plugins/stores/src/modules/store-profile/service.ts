import { MedusaService } from "@medusajs/framework/utils"
import { StoreClosure } from "./models/store-closure"
import { StoreProfile } from "./models/store-profile"

export default class StoreProfileModuleService extends MedusaService({
  StoreProfile,
  StoreClosure,
}) {}
