import { Module } from "@medusajs/framework/utils"
import AssociateModuleService from "./service"

export const ASSOCIATE_MODULE = "associate"

export default Module(ASSOCIATE_MODULE, {
  service: AssociateModuleService,
})
