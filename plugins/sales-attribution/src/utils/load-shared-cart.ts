import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_ATTRIBUTION_MODULE } from "../modules/sales-attribution"
import type SalesAttributionModuleService from "../modules/sales-attribution/service"
import type { SharedCartState } from "./shared-cart-claim"

/**
 * Reads a shared cart by its token's hash (a claim, a preview) or by its cart (the transfer guard), with where
 * its Medusa cart stands: completed or not, and the POS record's status. Null when there is none.
 */
export async function loadSharedCart(
  container: MedusaContainer,
  by: { token_hash: string } | { cart_id: string }
): Promise<SharedCartState | null> {
  const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
  const [shared] = await service.listSharedCarts(by, {
    select: ["id", "cart_id", "expires_at", "claimed_by_customer_id", "touchpoint_id"],
    take: 1,
  })
  if (!shared) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "pos_cart.id", "pos_cart.status"],
    filters: { id: shared.cart_id },
  })
  return {
    id: shared.id,
    cart_id: shared.cart_id,
    expires_at: shared.expires_at,
    claimed_by_customer_id: shared.claimed_by_customer_id ?? null,
    touchpoint_id: (shared as unknown as { touchpoint_id: string }).touchpoint_id,
    cart: cart
      ? {
          completed_at: (cart as any).completed_at ?? null,
          pos_cart_id: (cart as any).pos_cart?.id ?? null,
          pos_cart_status: (cart as any).pos_cart?.status ?? null,
        }
      : null,
  }
}
