import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SharedCartState, SharedCartStanding } from "../../utils/shared-cart-claim"

/**
 * What the storefront shows before a customer takes a shared cart over: who shared it from which store, the lines
 * and the total as priced on the tablet (the web shop's prices and promotions apply once it is taken over). Never
 * the cart's id: Medusa's cart routes trust whoever knows it. A cart another customer has taken over shows no lines
 * (`cart: null`).
 */
export async function sharedCartPreview(container: MedusaContainer, shared: SharedCartState, standing: SharedCartStanding) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // The associate and store come through the touchpoint's read-only links, in the same round trip as the cart.
  const [{ data: [touchpoint] }, { data: [cart] }] = await Promise.all([
    query.graph({
      entity: "touchpoint",
      fields: ["id", "associate.first_name", "store_profile.code", "store_profile.name"],
      filters: { id: shared.touchpoint_id },
    }),
    // Someone else's cart once they took it over: only that it is taken, not what is in it.
    standing === "claimed_by_another"
      ? Promise.resolve({ data: [null] })
      : query.graph({
          entity: "cart",
          fields: [
            "currency_code",
            "items.title",
            "items.subtitle",
            "items.thumbnail",
            "items.quantity",
            "items.unit_price",
            "items.total",
            "item_total",
            "total",
          ],
          filters: { id: shared.cart_id },
        }),
  ])
  const { associate, store_profile: store } = (touchpoint ?? {}) as any
  return {
    shared_cart: {
      id: shared.id,
      expires_at: new Date(shared.expires_at).toISOString(),
      claimed: standing !== "claimable",
      claimed_by_you: standing === "claimed_by_customer",
    },
    associate: { first_name: associate?.first_name ?? null },
    store: { code: store?.code ?? null, name: store?.name ?? null },
    cart: cart
      ? {
          currency_code: (cart as any).currency_code,
          items: ((cart as any).items ?? []).filter(Boolean).map((item: any) => ({
            title: item.title,
            subtitle: item.subtitle ?? null,
            thumbnail: item.thumbnail ?? null,
            quantity: item.quantity,
            unit_price: item.unit_price,
            total: item.total,
          })),
          item_total: (cart as any).item_total,
          total: (cart as any).total,
        }
      : null,
  }
}
