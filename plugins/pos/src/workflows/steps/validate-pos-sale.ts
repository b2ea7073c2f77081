import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PosPaymentInput, Settlement, settlePosPayment } from "../../utils/tenders"

export const validatePosSaleStepId = "validate-pos-sale"

export type ValidatedPosSale = {
  pos_cart_id: string
  settlement: Settlement
  /** Home delivery was chosen (endless aisle); otherwise the goods leave over the counter. */
  is_delivery: boolean
  payment_collection_id: string | null
}

/**
 * Checks a sale can be paid before anything is written: it has lines, and the tenders settle its total
 * (underpaid cash, an overcharged card… are refused here, in words the associate can act on).
 */
export const validatePosSaleStep = createStep(
  validatePosSaleStepId,
  async ({ cart_id, payments }: { cart_id: string; payments: PosPaymentInput[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [cart] } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "total",
        "currency_code",
        "completed_at",
        "items.id",
        "shipping_methods.id",
        "payment_collection.id",
        "pos_cart.id",
      ],
      filters: { id: cart_id },
    })
    if (!cart || !(cart as any).pos_cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No POS cart ${cart_id}`)
    }
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart_id} is already paid: start a new sale`)
    }
    if (!cart.items?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Nothing to sell: scan at least one item before taking payment")
    }
    const settlement = settlePosPayment(Number(cart.total), cart.currency_code, payments)
    return new StepResponse<ValidatedPosSale>({
      pos_cart_id: (cart as any).pos_cart.id,
      settlement,
      is_delivery: (cart.shipping_methods ?? []).length > 0,
      payment_collection_id: (cart as any).payment_collection?.id ?? null,
    })
  }
)
