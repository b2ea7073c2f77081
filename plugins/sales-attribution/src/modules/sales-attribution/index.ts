import { Module } from "@medusajs/framework/utils"
import validateOptions from "./loaders/validate-options"
import SalesAttributionModuleService from "./service"

export const SALES_ATTRIBUTION_MODULE = "salesAttribution"

export default Module(SALES_ATTRIBUTION_MODULE, {
  service: SalesAttributionModuleService,
  loaders: [validateOptions],
})
