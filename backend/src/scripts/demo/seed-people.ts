import { DEMO_CUSTOMERS } from "./customers-data"
import { seedAdminUser } from "./seed-admin-user"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import { CustomerIds, seedCustomers } from "./seed-customers"
import demoLogins from "./demo-logins.json"

/** The merchandiser's admin login and the demo shoppers. */
export async function seedPeople(context: DemoSeedContext): Promise<CustomerIds> {
  const adminCreated = await seedAdminUser(context)
  const { customerIds, created } = await seedCustomers(context)
  logProgress(
    context,
    "people",
    `admin ${demoLogins.merchandiser.email} (${createdNote(adminCreated ? 1 : 0)}), ` +
      `${DEMO_CUSTOMERS.length} customers (${createdNote(created)})`
  )
  return customerIds
}
