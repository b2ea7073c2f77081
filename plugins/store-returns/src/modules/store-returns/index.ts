import { Module } from "@medusajs/framework/utils"
import validateOptions from "./loaders/validate-options"
import StoreReturnsModuleService from "./service"

export const STORE_RETURNS_MODULE = "storeReturns"

export default Module(STORE_RETURNS_MODULE, {
  service: StoreReturnsModuleService,
  loaders: [validateOptions],
})
