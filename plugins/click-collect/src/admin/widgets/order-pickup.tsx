import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { formatDateTime, maskedCode, storeLabel } from "../components/pickups/pickup-format"
import { PickupStatusBadge } from "../components/pickups/pickup-status-badge"
import { PickupTimeline } from "../components/pickups/pickup-timeline"
import { useOrderPickup } from "../hooks/use-order-pickup"

const Row = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <div className="grid grid-cols-2 items-center px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="text-ui-fg-subtle" data-testid={testId}>
      {value}
    </Text>
  </div>
)

/** Click & collect on the order page: where the parcel waits, in what state, and what happened to it. */
const OrderPickupWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data: pickup, isError, error } = useOrderPickup(order.id)

  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          Could not load the pickup: {error.message}
        </Text>
      </Container>
    )
  }
  // Still loading, or not a click & collect order: nothing to show.
  if (!pickup) {
    return null
  }

  return (
    <Container className="divide-y p-0" data-testid="order-pickup-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Pickup in store</Heading>
        <PickupStatusBadge status={pickup.status} />
      </div>
      <Row label="Store" value={storeLabel(pickup.store)} testId="pickup-store" />
      <Row label="Code" value={maskedCode(pickup.code_hint)} testId="pickup-code-hint" />
      <Row label="Held until" value={formatDateTime(pickup.hold_until)} testId="pickup-hold-until" />
      {pickup.collected_by_name && <Row label="Handed over by" value={pickup.collected_by_name} />}
      <div className="px-6 py-4">
        <Text size="small" weight="plus" leading="compact" className="mb-3">
          Timeline
        </Text>
        <PickupTimeline events={pickup.events} />
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderPickupWidget
