import { z } from "@medusajs/framework/zod"
import { checkReportPeriod, reportQueryFields } from "../../../../utils/report-params"

/** `GET /admin/reports/attribution`: the period and grouping, optionally one store, associate or sales channel. */
export const AdminAttributionReportQuery = z
  .object({
    ...reportQueryFields,
    store_id: z.string().min(1).optional(),
    associate_id: z.string().min(1).optional(),
    sales_channel_id: z.string().min(1).optional(),
  })
  .strict()
  .superRefine(checkReportPeriod)
export type AdminAttributionReportQueryType = z.infer<typeof AdminAttributionReportQuery>
