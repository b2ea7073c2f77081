import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validatePosCartParkingStepId = "validate-pos-cart-parking"

export type ValidatePosCartParkingStepInput = {
  /** The cart as read by the workflow, with `pos_cart.status` and `items`. */
  cart: any
  action: "park" | "resume"
}

/**
 * Only an open sale with at least one line can be parked, and only a parked one resumed. Read inside the
 * workflow, under the cart's lock, so two tablets can't both park or both resume the same sale.
 */
export const validatePosCartParkingStep = createStep(
  validatePosCartParkingStepId,
  async ({ cart, action }: ValidatePosCartParkingStepInput) => {
    if (!cart?.pos_cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "No POS cart with this id")
    }
    const status = cart.pos_cart.status
    if (action === "park") {
      if (status !== "open") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Cart ${cart.id} is ${status}: only an open sale can be parked`
        )
      }
      if (!(cart.items ?? []).filter(Boolean).length) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} has no lines: there is nothing to park`)
      }
    } else if (status === "released") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${cart.id} has left the store's till: the customer took it over online, so it can't be resumed here`
      )
    } else if (status !== "parked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is ${status}, not parked: nothing to resume`)
    }
  }
)
