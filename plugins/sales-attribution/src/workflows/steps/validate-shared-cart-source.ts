import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

export const validateSharedCartSourceStepId = "validate-shared-cart-source"

export type ValidateSharedCartSourceStepInput = {
  cart_id: string
  /** The store the associate acts for: only its own POS carts can be shared from it. */
  store_id: string
}

export type SharedCartSource = {
  cart_id: string
  /** The customer the associate set on the sale, if any: the touchpoint is theirs from the start. */
  customer_id: string | null
  /** An open sale is parked while the customer has the link; a parked one stays parked. */
  should_park: boolean
}

/**
 * A cart can be shared when it is a POS sale of the acting store (another store's: 403; a web cart or an unknown
 * id: 404), not paid for, with at least one line, open or parked, and not shared before (400 with the reason).
 */
export const validateSharedCartSourceStep = createStep(
  validateSharedCartSourceStepId,
  async ({ cart_id, store_id }: ValidateSharedCartSourceStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "completed_at",
        "customer_id",
        "items.id",
        "pos_cart.status",
        "pos_cart.store_profile.id",
        "pos_cart.store_profile.code",
      ],
      filters: { id: cart_id },
    })
    const posCart = (cart as any)?.pos_cart
    if (!posCart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No POS cart ${cart_id}: only a cart built on a store tablet can be shared`)
    }
    if (posCart.store_profile?.id !== store_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Cart ${cart_id} belongs to store ${posCart.store_profile?.code ?? "unknown"}: share it from that store`
      )
    }
    if ((cart as any).completed_at || posCart.status === "completed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart_id} is already paid for: there is nothing to share`)
    }
    if (!((cart as any).items ?? []).filter(Boolean).length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart_id} has no lines: there is nothing to share`)
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const [shared] = await service.listSharedCarts({ cart_id }, { select: ["id"], take: 1 })
    if (shared) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${cart_id} was already shared (${shared.id}): a cart is shared once`
      )
    }
    const source: SharedCartSource = {
      cart_id,
      customer_id: (cart as any).customer_id ?? null,
      should_park: posCart.status === "open",
    }
    return new StepResponse(source)
  }
)
