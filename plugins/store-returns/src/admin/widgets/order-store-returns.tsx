import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import {
  formatAmount,
  formatDateTime,
  lineLabel,
  refundMethodLabel,
  returnedInStoreBy,
} from "../components/store-return-format"
import { useOrderStoreReturns } from "../hooks/use-order-store-returns"
import type { AdminStoreReturn } from "../types/store-return"

const StoreReturnEntry = ({ storeReturn }: { storeReturn: AdminStoreReturn }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="store-return">
    <Text size="small" weight="plus" leading="compact" data-testid="store-return-where">
      {returnedInStoreBy(storeReturn)}
    </Text>
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {formatDateTime(storeReturn.returned_at)}
    </Text>
    <ul className="flex flex-col gap-y-1">
      {storeReturn.lines.map((line) => (
        <li key={line.id} className="flex items-center justify-between gap-x-2">
          <Text size="small" leading="compact">
            {line.quantity} × {lineLabel(line)}
            {line.return_reason ? ` (${line.return_reason.label})` : ""}
          </Text>
          <Badge size="2xsmall" color={line.condition === "damaged" ? "red" : "green"} data-testid="store-return-condition">
            {line.condition === "damaged" ? "Damaged" : "Resellable"}
          </Badge>
        </li>
      ))}
    </ul>
    <Text size="small" leading="compact" data-testid="store-return-refund">
      Refund: {formatAmount(storeReturn.refund_amount, storeReturn.currency_code)} to{" "}
      {refundMethodLabel(storeReturn.refund_method).toLowerCase()}
    </Text>
    {storeReturn.override_reason && (
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        Out of policy, accepted by {storeReturn.override_by?.name ?? "a manager"}: {storeReturn.override_reason}
      </Text>
    )}
  </div>
)

/** Returns taken back at a store counter, on the order page: where, by whom, in what condition, refunded how. */
const OrderStoreReturnsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data: storeReturns, isError, error } = useOrderStoreReturns(order.id)

  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          Could not load the store returns: {error.message}
        </Text>
      </Container>
    )
  }
  // Still loading, or never returned in a store: nothing to show.
  if (!storeReturns?.length) {
    return null
  }

  return (
    <Container className="divide-y p-0" data-testid="order-store-returns-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Returned in store</Heading>
      </div>
      {storeReturns.map((storeReturn) => (
        <StoreReturnEntry key={storeReturn.id} storeReturn={storeReturn} />
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderStoreReturnsWidget
