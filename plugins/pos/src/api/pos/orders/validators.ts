import { z } from "@medusajs/framework/zod"

export const PosReceiptQuery = z.object({ format: z.enum(["json", "html"]).optional() }).strict()
export type PosReceiptQueryType = z.infer<typeof PosReceiptQuery>
