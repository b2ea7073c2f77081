import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What the tablet shows of a sale: lines with the price Medusa computed, discounts, taxes and totals. */
export const POS_CART_FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "email",
  "customer.id",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "customer.phone",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.variant_id",
  "items.variant_sku",
  "items.variant_barcode",
  "items.quantity",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.subtotal",
  "items.discount_total",
  "items.tax_total",
  "items.total",
  "items.adjustments.code",
  "items.adjustments.amount",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.shipping_option_id",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.postal_code",
  "shipping_address.city",
  "shipping_address.country_code",
  "promotions.code",
  "promotions.is_automatic",
  "item_total",
  "subtotal",
  "discount_total",
  "shipping_total",
  "tax_total",
  "total",
]

const POS_RECORD_FIELDS = ["pos_cart.*", "pos_cart.store_profile.id", "pos_cart.store_profile.code"]

/**
 * Only whose sale a cart is and where it stands, without lines or totals: what the store guard needs on every
 * /pos/carts request, before the route reads the cart it shows.
 */
export async function loadPosCartOwnership(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id", ...POS_RECORD_FIELDS], filters: { id: cartId } })
  const posCart = (cart as any)?.pos_cart
  return posCart
    ? { status: posCart.status as string, store_id: posCart.store_profile?.id ?? null, store_code: posCart.store_profile?.code ?? null }
    : null
}

/** The sale for a cart id: the POS record, its store, and the cart as the tablet shows it. */
export async function loadPosCart(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: [...POS_CART_FIELDS, ...POS_RECORD_FIELDS, "pos_cart.associate.id"],
    filters: { id: cartId },
  })
  if (!cart) {
    return null
  }
  const { pos_cart: posCart, ...rest } = cart as any
  return {
    cart: rest,
    pos_cart: posCart
      ? {
          id: posCart.id,
          status: posCart.status,
          parked_at: posCart.parked_at ?? null,
          parked_note: posCart.parked_note ?? null,
          parked_snapshot: posCart.parked_snapshot ?? null,
          store_id: posCart.store_profile?.id ?? null,
          store_code: posCart.store_profile?.code ?? null,
          opened_by: posCart.associate?.id ?? null,
        }
      : null,
  }
}
