import { z } from "@medusajs/framework/zod"
import { WEEKDAYS } from "../../utils/opening-hours"

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Times are "HH:MM" on a 24-hour clock')

/** `{ monday: [{ opens: "10:00", closes: "19:00" }], …, sunday: [] }`; order and overlaps are checked in the workflow. */
export const OpeningHoursSchema = z
  .object(
    Object.fromEntries(
      WEEKDAYS.map((day) => [day, z.array(z.object({ opens: time, closes: time }).strict())])
    ) as Record<(typeof WEEKDAYS)[number], z.ZodArray<z.ZodObject<{ opens: typeof time; closes: typeof time }>>>
  )
  .strict()

export const ClosureSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Closed days are dates, YYYY-MM-DD"),
    reason: z.string().nullish(),
  })
  .strict()

export const Latitude = z.number().min(-90).max(90)
export const Longitude = z.number().min(-180).max(180)
