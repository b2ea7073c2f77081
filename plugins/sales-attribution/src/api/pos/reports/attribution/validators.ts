import { z } from "@medusajs/framework/zod"
import { checkReportPeriod, reportQueryFields } from "../../../../utils/report-params"

/** `GET /pos/reports/attribution`: the period and grouping; a manager may narrow to one associate of the store. */
export const PosAttributionReportQuery = z
  .object({
    ...reportQueryFields,
    associate_id: z.string().min(1).optional(),
  })
  .strict()
  .superRefine(checkReportPeriod)
export type PosAttributionReportQueryType = z.infer<typeof PosAttributionReportQuery>
