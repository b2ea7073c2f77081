import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateCustomerReferencesInput = {
  customer_id: string
  /** A store the request names (a favourite store); `null` clears it, so there is nothing to check. */
  store_profile_id?: string | null
}

export const validateCustomerReferencesStepId = "validate-customer-references"

/** Refuses an unknown customer or store (404). Writes nothing. */
export const validateCustomerReferencesStep = createStep(
  validateCustomerReferencesStepId,
  async (input: ValidateCustomerReferencesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
    })
    if (!customers.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`)
    }
    if (input.store_profile_id) {
      const { data: stores } = await query.graph({
        entity: "store_profile",
        fields: ["id"],
        filters: { id: input.store_profile_id },
      })
      if (!stores.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Store ${input.store_profile_id} was not found`)
      }
    }
    return new StepResponse(void 0)
  }
)
