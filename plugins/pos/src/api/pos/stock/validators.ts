import { z } from "@medusajs/framework/zod"

export const PosGetStockParams = z
  .object({
    variant_id: z.string().min(1).optional(),
    sku: z.string().min(1).optional(),
    barcode: z.string().regex(/^\d{8,14}$/, "A barcode is 8 to 14 digits").optional(),
  })
  .strict()
  .refine((query) => [query.variant_id, query.sku, query.barcode].filter(Boolean).length === 1, {
    message: "Give exactly one of variant_id, sku or barcode",
  })
export type PosGetStockParamsType = z.infer<typeof PosGetStockParams>
