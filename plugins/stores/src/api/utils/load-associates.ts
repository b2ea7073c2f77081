import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import AssociateStoreProfileLink from "../../links/associate-store-profile"
import type { ActingAssociate, AssociateStore } from "./acting-associate"

const ASSOCIATE_FIELDS = ["id", "first_name", "last_name", "email", "employee_code", "role", "is_active", "created_at", "updated_at"]

export type AssociateView = ActingAssociate & {
  home_store: AssociateStore | null
  created_at: string
  updated_at: string
}

/**
 * Associates with the stores they work for, home store first. Three indexed reads whatever the number of
 * associates: the records, their store links (with `is_home`), and those stores.
 */
export async function loadAssociates(scope: MedusaContainer, ids: string[]): Promise<AssociateView[]> {
  if (!ids.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: associates } = await query.graph({
    entity: "associate",
    fields: ASSOCIATE_FIELDS,
    filters: { id: ids },
  })
  const { data: memberships } = await query.graph({
    entity: AssociateStoreProfileLink.entryPoint,
    fields: ["associate_id", "store_profile_id", "is_home"],
    filters: { associate_id: ids },
  })
  const storeIds = [...new Set(memberships.map((m: { store_profile_id: string }) => m.store_profile_id))]
  const { data: stores } = storeIds.length
    ? await query.graph({
        entity: "store_profile",
        fields: ["id", "code", "name", "timezone", "offers_pickup", "stock_location.id", "sales_channel.id"],
        filters: { id: storeIds },
      })
    : { data: [] as any[] }
  const storesById = new Map(stores.map((store: any) => [store.id, store]))

  const byId = new Map(
    associates.map((associate: any) => {
      const own = memberships
        .filter((m: { associate_id: string }) => m.associate_id === associate.id)
        .map((m: { store_profile_id: string; is_home: boolean }): AssociateStore | null => {
          const store: any = storesById.get(m.store_profile_id)
          return store
            ? {
                id: store.id,
                code: store.code,
                name: store.name,
                timezone: store.timezone,
                offers_pickup: store.offers_pickup,
                is_home: !!m.is_home,
                stock_location_id: store.stock_location?.id ?? null,
                sales_channel_id: store.sales_channel?.id ?? null,
              }
            : null
        })
        .filter((store: AssociateStore | null): store is AssociateStore => !!store)
        .sort((a: AssociateStore, b: AssociateStore) => Number(b.is_home) - Number(a.is_home) || a.code.localeCompare(b.code))
      return [associate.id, { ...associate, stores: own, home_store: own.find((s: AssociateStore) => s.is_home) ?? null }]
    })
  )
  return ids.map((id) => byId.get(id)).filter((a): a is AssociateView => !!a)
}
