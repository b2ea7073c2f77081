import { Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_CUSTOMERS } from "./customers-data"
import type { DemoSeedContext } from "./seed-context"

export type CustomerIds = Record<string, string>

/**
 * The demo shoppers, found by email, each with a default shipping and billing address.
 * Returns customer ids by email and how many were created.
 */
export async function seedCustomers(
  context: DemoSeedContext
): Promise<{ customerIds: CustomerIds; created: number }> {
  const { container } = context
  const customerService = container.resolve(Modules.CUSTOMER)
  const emails = DEMO_CUSTOMERS.map((c) => c.email)

  const readCustomers = () =>
    customerService.listCustomers({ email: emails }, { select: ["id", "email"], take: null })
  let customers = await readCustomers()
  const missing = DEMO_CUSTOMERS.filter((c) => !customers.some((e) => e.email === c.email))
  if (missing.length) {
    await createCustomersWorkflow(container).run({
      input: {
        customersData: missing.map((c) => ({
          first_name: c.first_name,
          last_name: c.last_name,
          email: c.email,
          phone: c.phone,
          addresses: [
            {
              address_name: "Home",
              first_name: c.first_name,
              last_name: c.last_name,
              phone: c.phone,
              ...c.address,
              is_default_shipping: true,
              is_default_billing: true,
            },
          ],
        })),
      },
    })
    customers = await readCustomers()
  }

  return {
    customerIds: Object.fromEntries(customers.map((c) => [c.email, c.id])),
    created: missing.length,
  }
}
