import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { formatAmount, formatDateTime, ruleLabel } from "../components/attribution-format"
import { useOrderAttribution } from "../hooks/use-order-attribution"
import type { AdminOrderAttributionRecord } from "../types/attribution"

const RecordEntry = ({ record, currencyCode }: { record: AdminOrderAttributionRecord; currencyCode: string }) => (
  <li
    className={`flex flex-col gap-y-1 ${record.superseded_at ? "opacity-60" : ""}`}
    data-testid="attribution-record"
    data-superseded={record.superseded_at ? "true" : "false"}
  >
    <div className="flex items-center justify-between gap-x-2">
      <Text size="small" weight="plus" leading="compact" data-testid="attribution-record-beneficiary">
        {record.label}
      </Text>
      <Text size="small" leading="compact" data-testid="attribution-record-amount">
        {formatAmount(record.amount, currencyCode)}
      </Text>
    </div>
    <div className="flex flex-wrap items-center gap-1">
      <Badge size="2xsmall" color={record.kind === "return" ? "orange" : "green"}>
        {record.kind === "return" ? "Return" : "Sale"}
      </Badge>
      <Badge size="2xsmall" color="grey">
        {ruleLabel(record.rule)}
      </Badge>
      {record.superseded_at && (
        <Badge size="2xsmall" color="red">
          Superseded {formatDateTime(record.superseded_at)}
        </Badge>
      )}
    </div>
    <Text size="small" leading="compact" className="text-ui-fg-subtle" data-testid="attribution-record-reason">
      {record.reason}
    </Text>
  </li>
)

/** Who the order's sale was credited to, why, what returns took back, and any manager's override. */
const OrderAttributionWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isError, error } = useOrderAttribution(order.id)

  if (isError) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          Could not load the sales attribution: {error.message}
        </Text>
      </Container>
    )
  }
  // Still loading, or never attributed: nothing to show.
  if (!data?.attribution) {
    return null
  }
  const { attribution, records, overrides } = data
  const active = records.filter((record) => !record.superseded_at)
  const superseded = records.filter((record) => record.superseded_at)

  return (
    <Container className="divide-y p-0" data-testid="order-attribution-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Sales attribution</Heading>
        <Badge size="2xsmall" color="blue" data-testid="attribution-rule">
          {ruleLabel(attribution.rule)}
        </Badge>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small" leading="compact" data-testid="attribution-reason">
          {attribution.reason}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {formatAmount(attribution.gross_amount, attribution.currency_code)} credited (total net of tax), placed{" "}
          {formatDateTime(attribution.placed_at)}
        </Text>
        {!!attribution.returned_amount && (
          <Text size="small" leading="compact" className="text-ui-fg-subtle" data-testid="attribution-net">
            Returns took back {formatAmount(attribution.returned_amount, attribution.currency_code)}; net{" "}
            {formatAmount(attribution.net_amount, attribution.currency_code)}
          </Text>
        )}
      </div>
      <ul className="flex flex-col gap-y-3 px-6 py-4">
        {active.map((record) => (
          <RecordEntry key={record.id} record={record} currencyCode={attribution.currency_code} />
        ))}
      </ul>
      {superseded.length > 0 && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" leading="compact" className="mb-2">
            Replaced by an override
          </Text>
          <ul className="flex flex-col gap-y-3">
            {superseded.map((record) => (
              <RecordEntry key={record.id} record={record} currencyCode={attribution.currency_code} />
            ))}
          </ul>
        </div>
      )}
      {overrides.length > 0 && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" leading="compact" className="mb-2">
            Overrides
          </Text>
          <ul className="flex flex-col gap-y-2">
            {overrides.map((override) => (
              <li key={override.id} data-testid="attribution-override">
                <Text size="small" leading="compact">
                  “{override.reason}”
                </Text>
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                  by {override.actor_name ?? (override.actor_type === "user" ? "an admin user" : "a store manager")},{" "}
                  {formatDateTime(override.created_at)}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderAttributionWidget
