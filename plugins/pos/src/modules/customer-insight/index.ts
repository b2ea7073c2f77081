import { Module } from "@medusajs/framework/utils"
import CustomerInsightModuleService from "./service"

export const CUSTOMER_INSIGHT_MODULE = "customerInsight"

export default Module(CUSTOMER_INSIGHT_MODULE, {
  service: CustomerInsightModuleService,
})
