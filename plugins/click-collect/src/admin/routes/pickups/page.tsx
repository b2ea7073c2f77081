import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { useEffect } from "react"
import { useSearchParams } from "react-router-dom"
import { PickupColumn } from "../../components/pickups/pickup-column"
import { PICKUP_STATUS_LABELS } from "../../components/pickups/pickup-format"
import { usePickups } from "../../hooks/use-pickups"
import { useStoreProfileOptions } from "../../hooks/use-store-profile-options"
import type { PickupStatus } from "../../types/pickup"

const OPEN_STATUSES: PickupStatus[] = ["placed", "preparing", "ready"]
/** A store holds tens of parcels at once, not hundreds: one page of open pickups fills the board. */
const OPEN_LIMIT = 200
const RECENT_LIMIT = 10

/** One store's click & collect queue: what waits to be prepared, what is ready, what was just handed over. */
const PickupsPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const { data: stores, isLoading: storesLoading } = useStoreProfileOptions()
  const storeId = searchParams.get("store_id") ?? ""

  // The first store (by code) until the user picks one; the choice lives in the URL so it can be shared.
  useEffect(() => {
    if (!storeId && stores?.length) {
      setSearchParams({ store_id: stores[0].id }, { replace: true })
    }
  }, [storeId, stores, setSearchParams])

  const enabled = { enabled: !!storeId }
  const open = usePickups(
    { store_id: storeId, status: OPEN_STATUSES.join(","), order: "placed_at", limit: OPEN_LIMIT, offset: 0 },
    enabled
  )
  const recent = usePickups(
    { store_id: storeId, status: "collected,expired", order: "-updated_at", limit: RECENT_LIMIT, offset: 0 },
    enabled
  )
  const counts = open.data?.counts
  const error = open.error ?? recent.error

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
        <div>
          <Heading>Pickups</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A store's click & collect orders by status. Refreshed every 30 seconds.
          </Text>
        </div>
        <div className="w-full md:w-64">
          <Select value={storeId} onValueChange={(id) => setSearchParams({ store_id: id })} disabled={!stores?.length}>
            <Select.Trigger data-testid="pickup-store-select">
              <Select.Value placeholder={storesLoading ? "Loading stores…" : "Choose a store"} />
            </Select.Trigger>
            <Select.Content>
              {stores?.map((store) => (
                <Select.Item key={store.id} value={store.id}>
                  {store.name} ({store.code})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {error && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Could not load the pickups: {error.message}
          </Text>
        </div>
      )}
      {!storesLoading && !stores?.length && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No stores yet: pickups appear here once a store takes click & collect orders.
          </Text>
        </div>
      )}
      {storeId && (
        <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-2 xl:grid-cols-4">
          {OPEN_STATUSES.map((status) => (
            <PickupColumn
              key={status}
              id={status}
              title={PICKUP_STATUS_LABELS[status]}
              total={counts?.[status] ?? 0}
              pickups={open.data?.pickups.filter((pickup) => pickup.status === status) ?? []}
              empty="Nothing here."
            />
          ))}
          <PickupColumn
            id="recent"
            title="Recently collected or expired"
            total={(counts?.collected ?? 0) + (counts?.expired ?? 0)}
            pickups={recent.data?.pickups ?? []}
            empty="Nothing handed over yet."
          />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Pickups",
  icon: ShoppingBag,
})

export default PickupsPage
