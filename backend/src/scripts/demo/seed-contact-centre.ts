import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { createAssociateWorkflow, createStoreProfilesWorkflow } from "@passerelle/medusa-plugin-stores/workflows"
import { DEMO_CONTACT_CENTRE, locationName } from "./constants"
import { DemoSeedContext } from "./seed-context"
import { contactCentreHours, DEMO_ASSOCIATE_PASSWORD, DEMO_CLOSURES, demoESellers, timezoneFor } from "./store-network"

/** What the contact centre step created: its store profile and how many records were new. */
export type ContactCentre = { storeProfileId: string; created: number }

/**
 * The contact centre CC-01 and its e-sellers, found again by location name, store code and email. A store profile
 * needs a stock location, so CC-01 gets one, but it is linked to no sales channel and offers no pickup: it never
 * appears to shoppers, and the tills' and web channels keep exactly the warehouse and the stores.
 */
export async function seedContactCentre({ container }: DemoSeedContext): Promise<ContactCentre> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const centre = DEMO_CONTACT_CENTRE
  let created = 0

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: locationName(centre) },
  })
  let locationId = locations[0]?.id as string | undefined
  if (!locationId) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: locationName(centre),
            address: {
              address_1: centre.address_1,
              city: centre.city,
              postal_code: centre.postal_code,
              country_code: centre.country_code,
              phone: centre.phone,
            },
          },
        ],
      },
    })
    locationId = result[0].id
    created++
  }

  const readProfile = async () =>
    (await query.graph({ entity: "store_profile", fields: ["id"], filters: { code: centre.code } })).data[0] as
      | { id: string }
      | undefined
  let profile = await readProfile()
  if (!profile) {
    await createStoreProfilesWorkflow(container).run({
      input: {
        profiles: [
          {
            code: centre.code,
            name: centre.name,
            timezone: timezoneFor(centre),
            latitude: centre.latitude,
            longitude: centre.longitude,
            phone: centre.phone,
            offers_pickup: false,
            opening_hours: contactCentreHours(),
            closures: DEMO_CLOSURES,
            stock_location_id: locationId,
          },
        ],
      },
    })
    profile = (await readProfile())!
    created++
  }

  const eSellers = demoESellers()
  const { data: existing } = await query.graph({
    entity: "associate",
    fields: ["email"],
    filters: { email: eSellers.map((e) => e.email) },
  })
  for (const eSeller of eSellers.filter((e) => !existing.some((x: { email: string }) => x.email === e.email))) {
    await createAssociateWorkflow(container).run({
      input: {
        first_name: eSeller.first_name,
        last_name: eSeller.last_name,
        email: eSeller.email,
        employee_code: eSeller.employee_code,
        role: eSeller.role,
        password: DEMO_ASSOCIATE_PASSWORD,
        home_store_id: profile.id,
        store_ids: [],
      },
    })
    created++
  }
  return { storeProfileId: profile.id, created }
}
