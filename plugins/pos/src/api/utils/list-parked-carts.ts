import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

/** A parked sale as the store's list of parked sales shows it. */
export type ParkedCartSummary = {
  cart_id: string
  pos_cart_id: string
  status: string
  note: string | null
  parked_at: string | Date | null
  opened_by: { id: string; first_name: string; last_name: string } | null
  customer: { id: string; first_name: string | null; last_name: string | null; email: string | null } | null
  email: string | null
  line_count: number
  total: number
  currency_code: string
}

const PARKED_FIELDS = [
  "id",
  "status",
  "parked_at",
  "parked_note",
  "store_profile.id",
  "associate.id",
  "associate.first_name",
  "associate.last_name",
  "cart.id",
  "cart.currency_code",
  "cart.email",
  "cart.total",
  "cart.customer.id",
  "cart.customer.first_name",
  "cart.customer.last_name",
  "cart.customer.email",
  "cart.items.id",
]

/**
 * The store's parked sales, newest first. A store is a link away from its POS records, and Query doesn't filter
 * across links, so this reads the network's parked records (few: a parked sale is resumed or abandoned within
 * the day) and keeps the store's.
 */
export async function listParkedCarts(
  scope: MedusaContainer,
  storeId: string,
  page: { limit: number; offset: number }
): Promise<{ carts: ParkedCartSummary[]; count: number }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "pos_cart",
    fields: PARKED_FIELDS,
    filters: { status: "parked" },
    pagination: { order: { parked_at: "DESC", id: "DESC" } },
  })
  const ours = (data as any[]).filter((posCart) => posCart.store_profile?.id === storeId && posCart.cart)
  return {
    count: ours.length,
    carts: ours.slice(page.offset, page.offset + page.limit).map((posCart) => {
      const { cart, associate } = posCart
      return {
        cart_id: cart.id,
        pos_cart_id: posCart.id,
        status: posCart.status,
        note: posCart.parked_note ?? null,
        parked_at: posCart.parked_at ?? null,
        opened_by: associate
          ? { id: associate.id, first_name: associate.first_name, last_name: associate.last_name }
          : null,
        customer: cart.customer
          ? {
              id: cart.customer.id,
              first_name: cart.customer.first_name ?? null,
              last_name: cart.customer.last_name ?? null,
              email: cart.customer.email ?? null,
            }
          : null,
        email: cart.email ?? null,
        line_count: (cart.items ?? []).filter(Boolean).length,
        total: MathBN.convert(cart.total ?? 0).toNumber(),
        currency_code: cart.currency_code,
      }
    }),
  }
}
