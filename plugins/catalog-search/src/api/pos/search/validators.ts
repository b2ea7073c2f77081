import { z } from "@medusajs/framework/zod"

/**
 * The tablet's search: free text, a scanned barcode or a typed SKU, narrowed by the usual facets. `in_stock_here`
 * keeps products with a unit on this store's shelf; `available_at` keeps those a store can promise for pickup.
 */
export const PosSearchBody = z
  .object({
    q: z.string().trim().min(1, "Type something to search for").max(200),
    filters: z
      .object({
        in_stock_here: z.boolean().optional(),
        available_at: z.string().min(1).optional(),
        category_id: z.string().min(1).optional(),
        collection_id: z.string().min(1).optional(),
        colour: z.string().min(1).optional(),
        size: z.string().min(1).optional(),
        price_min: z.number().nonnegative().optional(),
        price_max: z.number().nonnegative().optional(),
      })
      .strict()
      .optional(),
    facets: z.boolean().default(true),
    limit: z.number().int().min(1).max(50).default(20),
    offset: z.number().int().min(0).max(10_000).default(0),
  })
  .strict()
export type PosSearchBodyType = z.infer<typeof PosSearchBody>
