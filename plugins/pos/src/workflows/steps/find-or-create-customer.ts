import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CustomerAtTheTill = {
  customer_id?: string
  email?: string
  phone?: string
  first_name?: string
  last_name?: string
}

export const findOrCreateCustomerStepId = "find-or-create-customer"

/**
 * The customer an associate names at the till: an existing one (by id, email or phone), or a new one with the
 * few fields given. A customer created here is deleted again if the sale's workflow fails later.
 */
export const findOrCreateCustomerStep = createStep(
  findOrCreateCustomerStepId,
  async (input: CustomerAtTheTill, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const find = async (filters: Record<string, string>) =>
      (await query.graph({ entity: "customer", fields: ["id", "email"], filters })).data[0] as
        | { id: string; email: string | null }
        | undefined

    if (input.customer_id) {
      const customer = await find({ id: input.customer_id })
      if (!customer) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`)
      }
      return new StepResponse(customer, null)
    }
    const existing = (input.email && (await find({ email: input.email }))) || (input.phone && (await find({ phone: input.phone })))
    if (existing) {
      return new StepResponse(existing, null)
    }
    const customers = container.resolve(Modules.CUSTOMER)
    const created = await customers.createCustomers({
      email: input.email,
      phone: input.phone,
      first_name: input.first_name,
      last_name: input.last_name,
    })
    return new StepResponse({ id: created.id, email: created.email ?? null }, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve(Modules.CUSTOMER).deleteCustomers([createdId])
  }
)
