import { Module } from "@medusajs/framework/utils"
import validateOptions from "./loaders/validate-options"
import ClickCollectModuleService from "./service"

export const CLICK_COLLECT_MODULE = "clickCollect"

export default Module(CLICK_COLLECT_MODULE, {
  service: ClickCollectModuleService,
  loaders: [validateOptions],
})
