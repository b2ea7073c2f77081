import { z } from "@medusajs/framework/zod"

export const PosCreateCart = z
  .object({
    customer_id: z.string().min(1).optional(),
    email: z.string().trim().toLowerCase().email().optional(),
  })
  .strict()
export type PosCreateCartType = z.infer<typeof PosCreateCart>

/** GET /pos/carts: the store's parked sales (the only list a tablet needs so far). */
export const PosListCartsParams = z
  .object({
    status: z.enum(["parked"]).default("parked"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type PosListCartsParamsType = z.infer<typeof PosListCartsParams>

const quantity = z.number().int("Quantities are whole numbers")

export const PosAddLineItem = z
  .object({
    variant_id: z.string().min(1).optional(),
    sku: z.string().min(1).optional(),
    barcode: z.string().regex(/^\d{8,14}$/, "A barcode is 8 to 14 digits (EAN-13 on our labels)").optional(),
    quantity: quantity.min(1, "Quantity must be at least 1").default(1),
  })
  .strict()
  .refine((body) => [body.variant_id, body.sku, body.barcode].filter(Boolean).length === 1, {
    message: "Give exactly one of variant_id, sku or barcode",
  })
export type PosAddLineItemType = z.infer<typeof PosAddLineItem>

export const PosUpdateLineItem = z
  .object({ quantity: quantity.min(0, "Quantity can't be negative (0 removes the line)") })
  .strict()
export type PosUpdateLineItemType = z.infer<typeof PosUpdateLineItem>

export const PosSetCustomer = z
  .object({
    customer_id: z.string().min(1).optional(),
    email: z.string().trim().toLowerCase().email().optional(),
    phone: z.string().trim().min(6).max(20).optional(),
    first_name: z.string().trim().min(1).optional(),
    last_name: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((body) => body.customer_id || body.email || body.phone, {
    message: "Name the customer: customer_id, or an email or phone to find or create them",
  })
export type PosSetCustomerType = z.infer<typeof PosSetCustomer>

export const PosPromotionCodes = z
  .object({ promo_codes: z.array(z.string().trim().min(1)).min(1) })
  .strict()
export type PosPromotionCodesType = z.infer<typeof PosPromotionCodes>

const positiveAmount = (what: string) =>
  z.number({ error: `${what} is a number` }).positive(`${what} must be more than 0`)

const PosPayment = z.discriminatedUnion("method", [
  z.object({ method: z.literal("cash"), tendered: positiveAmount("Cash tendered") }).strict(),
  z
    .object({
      method: z.literal("card"),
      amount: positiveAmount("A card amount").optional(),
      reference: z.string().trim().min(1).max(100),
    })
    .strict(),
])

export const PosCompleteCart = z
  .object({ payments: z.array(PosPayment).min(1, "Say how the customer pays").max(10) })
  .strict()
export type PosCompleteCartType = z.infer<typeof PosCompleteCart>

export const PosSetDelivery = z
  .object({
    location_id: z.string().min(1),
    shipping_option_id: z.string().min(1).optional(),
    shipping_address: z
      .object({
        first_name: z.string().trim().min(1),
        last_name: z.string().trim().min(1),
        address_1: z.string().trim().min(1),
        address_2: z.string().trim().optional(),
        postal_code: z.string().trim().min(2).max(12),
        city: z.string().trim().min(1),
        country_code: z.string().trim().length(2).toLowerCase(),
        phone: z.string().trim().min(6).max(20).optional(),
      })
      .strict(),
  })
  .strict()
export type PosSetDeliveryType = z.infer<typeof PosSetDelivery>

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

/** Resuming takes no body: the sale comes back as it was parked, re-priced. */
export const PosResumeCart = z.object({}).strict()
