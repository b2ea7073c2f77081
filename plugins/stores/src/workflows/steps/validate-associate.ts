import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateAssociateInput = {
  /** The associate being updated; absent when creating. */
  id?: string
  email?: string
  employee_code?: string
  home_store_id?: string
  store_ids?: string[]
}

export const validateAssociateStepId = "validate-associate"

/**
 * Refuses what would make a broken login: an unknown associate or store, a taken email or employee code, a home
 * store outside the associate's stores. Writes nothing.
 */
export const validateAssociateStep = createStep(
  validateAssociateStepId,
  async (input: ValidateAssociateInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    if (input.id) {
      const { data } = await query.graph({ entity: "associate", fields: ["id"], filters: { id: input.id } })
      if (!data.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Associate ${input.id} was not found`)
      }
    }

    const storeIds = [...new Set([input.home_store_id, ...(input.store_ids ?? [])].filter(Boolean))] as string[]
    if (storeIds.length) {
      const { data: stores } = await query.graph({
        entity: "store_profile",
        fields: ["id"],
        filters: { id: storeIds },
      })
      const missing = storeIds.filter((id) => !stores.some((store) => store.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Store ${missing.join(", ")} was not found`)
      }
    }

    for (const field of ["email", "employee_code"] as const) {
      const value = input[field]
      if (!value) {
        continue
      }
      const { data: taken } = await query.graph({
        entity: "associate",
        fields: ["id"],
        filters: { [field]: value },
      })
      if (taken.some((associate) => associate.id !== input.id)) {
        const label = field === "email" ? "email" : "employee code"
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Another associate already has the ${label} ${value}`)
      }
    }
    return new StepResponse(void 0)
  }
)
