import { z } from "@medusajs/framework/zod"

/** POST /pos/pickups/:id/collect: the code read off the shopper's screen, or the QR payload scanned from it. */
export const PosCollectPickup = z
  .object({
    code: z
      .string()
      .trim()
      // Refinements, not min()/max(): Medusa words those failures itself and drops the message.
      .refine((code) => code.replace(/[\s-]/g, "").length === 6, "A pickup code is 6 characters")
      .optional(),
    qr: z
      .string()
      .trim()
      .refine((qr) => qr.length > 0 && qr.length <= 200, "qr is the scanned QR payload")
      .optional(),
  })
  .strict()
  .refine((body) => (body.code === undefined) !== (body.qr === undefined), {
    message: "Give exactly one of code or qr",
  })
export type PosCollectPickupType = z.infer<typeof PosCollectPickup>
