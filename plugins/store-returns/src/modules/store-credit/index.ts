import { Module } from "@medusajs/framework/utils"
import StoreCreditModuleService from "./service"

export const STORE_CREDIT_MODULE = "storeCredit"

export default Module(STORE_CREDIT_MODULE, {
  service: StoreCreditModuleService,
})
