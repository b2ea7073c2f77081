import { z } from "@medusajs/framework/zod"

export const PosParkCart = z
  .object({
    /** What the next associate should know: "customer comes back after lunch, wants the navy in M". */
    note: z
      .string()
      .trim()
      // A refinement, not max(): Medusa words min/max failures itself and drops the message.
      .refine((note) => note.length <= 500, "A parking note is at most 500 characters")
      .optional(),
  })
  .strict()
export type PosParkCartType = z.infer<typeof PosParkCart>
