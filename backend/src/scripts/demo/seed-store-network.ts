import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAssociateWorkflow, createStoreProfilesWorkflow } from "@passerelle/medusa-plugin-stores/workflows"
import { DEMO_CONTACT_CENTRE, DEMO_STORES } from "./constants"
import { seedContactCentre } from "./seed-contact-centre"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import type { SalesChannels } from "./seed-sales-channels"
import type { LocationIds } from "./seed-locations"
import {
  DEMO_ASSOCIATE_PASSWORD,
  DEMO_CLOSURES,
  demoAssociates,
  demoESellers,
  openingHoursFor,
  timezoneFor,
} from "./store-network"

/**
 * Every demo store gets a profile (coordinates, hours, closed days, pickup, the POS channel) and its team of
 * associates with logins, through the stores plugin's workflows; then the contact centre CC-01 and its e-sellers
 * (`seed-contact-centre.ts`). Found again by store code and email.
 */
export async function seedStoreNetwork(
  context: DemoSeedContext,
  { locationIds, channels }: { locationIds: LocationIds; channels: SalesChannels }
): Promise<void> {
  const { container } = context
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const readProfiles = async () =>
    (
      await query.graph({
        entity: "store_profile",
        fields: ["id", "code"],
        filters: { code: DEMO_STORES.map((store) => store.code) },
      })
    ).data as { id: string; code: string }[]

  let profiles = await readProfiles()
  const missingStores = DEMO_STORES.filter((store) => !profiles.some((p) => p.code === store.code))
  if (missingStores.length) {
    await createStoreProfilesWorkflow(container).run({
      input: {
        profiles: missingStores.map((store) => ({
          code: store.code,
          name: store.name,
          timezone: timezoneFor(store),
          latitude: store.latitude,
          longitude: store.longitude,
          phone: store.phone,
          offers_pickup: true,
          opening_hours: openingHoursFor(store),
          closures: DEMO_CLOSURES,
          stock_location_id: locationIds[store.code],
          sales_channel_id: channels.posId,
        })),
      },
    })
    profiles = await readProfiles()
  }
  const profileId = (code: string) => profiles.find((p) => p.code === code)!.id

  const associates = demoAssociates()
  const { data: existing } = await query.graph({
    entity: "associate",
    fields: ["email"],
    filters: { email: associates.map((a) => a.email) },
  })
  const missingAssociates = associates.filter((a) => !existing.some((e: { email: string }) => e.email === a.email))
  for (const associate of missingAssociates) {
    await createAssociateWorkflow(container).run({
      input: {
        first_name: associate.first_name,
        last_name: associate.last_name,
        email: associate.email,
        employee_code: associate.employee_code,
        role: associate.role,
        password: DEMO_ASSOCIATE_PASSWORD,
        home_store_id: profileId(associate.store),
        store_ids: (associate.also ?? []).map(profileId),
      },
    })
  }

  const contactCentre = await seedContactCentre(context)

  logProgress(
    context,
    "store network",
    `${DEMO_STORES.length} store profiles (${createdNote(missingStores.length)}), ` +
      `${associates.length} associates with logins (${createdNote(missingAssociates.length)}), ` +
      `contact centre ${DEMO_CONTACT_CENTRE.code} with ${demoESellers().length} e-sellers (${createdNote(contactCentre.created)})`
  )
}
