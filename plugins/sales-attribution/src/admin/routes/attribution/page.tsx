import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Checkbox, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { AttributionChart } from "../../components/attribution-chart"
import { currentMonth, DIMENSION_LABELS, formatAmount } from "../../components/attribution-format"
import { attributionReportCsvUrl, useAttributionReport } from "../../hooks/use-attribution-report"
import { REPORT_DIMENSIONS, type ReportDimension } from "../../types/attribution"

/** The chart always reads the period by day, store and channel, whatever the table is grouped by. */
const CHART_GROUP_BY = "day,store,channel"

/** Reads the filters from the URL (so a report can be shared), the current month and "by associate" by default. */
function useReportFilters() {
  const [searchParams, setSearchParams] = useSearchParams()
  const month = currentMonth()
  const from = searchParams.get("from") || month.from
  const to = searchParams.get("to") || month.to
  const groupBy = (searchParams.get("group_by") || "associate")
    .split(",")
    .filter((d): d is ReportDimension => REPORT_DIMENSIONS.includes(d as ReportDimension))
  const update = (next: Partial<{ from: string; to: string; group_by: string }>) =>
    setSearchParams({ from, to, group_by: groupBy.join(","), ...next }, { replace: true })
  return { from, to, groupBy, update }
}

/** Sales credited by the attribution rules over a period: a chart by store and channel, a table, a CSV export. */
const AttributionReportPage = () => {
  const { from, to, groupBy, update } = useReportFilters()
  const params = { from, to, group_by: groupBy.join(",") }
  const valid = !!from && !!to && groupBy.length > 0
  const table = useAttributionReport(params, { enabled: valid })
  const chart = useAttributionReport({ from, to, group_by: CHART_GROUP_BY }, { enabled: valid })

  const toggle = (dimension: ReportDimension, on: boolean) => {
    const next = REPORT_DIMENSIONS.filter((d) => (d === dimension ? on : groupBy.includes(d)))
    if (next.length) {
      update({ group_by: next.join(",") })
    }
  }
  const error = table.error ?? chart.error
  const totals = Object.entries(table.data?.totals ?? {})

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading>Sales attribution</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Sales credited to associates, stores and the house account by the attribution rules; returns take credit
          back. Days are cut in {table.data?.timezone ?? "the report time zone"}.
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="attribution-from">
            From
          </Label>
          <Input id="attribution-from" type="date" size="small" value={from} max={to} onChange={(e) => update({ from: e.target.value })} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="attribution-to">
            To
          </Label>
          <Input id="attribution-to" type="date" size="small" value={to} min={from} onChange={(e) => update({ to: e.target.value })} />
        </div>
        <fieldset className="flex flex-col gap-y-1">
          <legend className="txt-compact-small-plus text-ui-fg-base">Group by</legend>
          <div className="flex h-8 items-center gap-x-4">
            {REPORT_DIMENSIONS.map((dimension) => (
              <div key={dimension} className="flex items-center gap-x-1.5">
                <Checkbox
                  id={`attribution-group-${dimension}`}
                  data-testid={`attribution-group-${dimension}`}
                  checked={groupBy.includes(dimension)}
                  onCheckedChange={(checked) => toggle(dimension, checked === true)}
                />
                <Label size="small" htmlFor={`attribution-group-${dimension}`}>
                  {DIMENSION_LABELS[dimension]}
                </Label>
              </div>
            ))}
          </div>
        </fieldset>
        <Button variant="secondary" size="small" asChild className="ml-auto">
          <a href={attributionReportCsvUrl(params)} download data-testid="attribution-csv">
            Export CSV
          </a>
        </Button>
      </div>
      {error && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error" data-testid="attribution-error">
            Could not load the report: {error.message}
          </Text>
        </div>
      )}
      {chart.data && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-3">
            Sales per day by store and channel
          </Text>
          <AttributionChart report={chart.data} />
        </div>
      )}
      <div className="px-6 py-4">
        <Table data-testid="attribution-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{groupBy.map((d) => DIMENSION_LABELS[d]).join(" · ")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Gross</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Returns</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Net</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {table.data?.rows.map((row, index) => (
              <Table.Row key={`${row.label}-${row.currency_code}-${index}`} data-testid="attribution-row">
                <Table.Cell>{row.label}</Table.Cell>
                <Table.Cell className="text-right">{formatAmount(row.gross, row.currency_code)}</Table.Cell>
                <Table.Cell className="text-right">{formatAmount(row.returns, row.currency_code)}</Table.Cell>
                <Table.Cell className="text-right">{formatAmount(row.net, row.currency_code)}</Table.Cell>
                <Table.Cell className="text-right">{row.orders}</Table.Cell>
              </Table.Row>
            ))}
            {totals.map(([currency, figures]) => (
              <Table.Row key={`total-${currency}`} className="font-medium" data-testid="attribution-total">
                <Table.Cell>Total{totals.length > 1 ? ` (${currency.toUpperCase()})` : ""}</Table.Cell>
                <Table.Cell className="text-right">{formatAmount(figures.gross, currency)}</Table.Cell>
                <Table.Cell className="text-right">{formatAmount(figures.returns, currency)}</Table.Cell>
                <Table.Cell className="text-right">{formatAmount(figures.net, currency)}</Table.Cell>
                <Table.Cell className="text-right">{figures.orders}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {table.data && !table.data.rows.length && (
          <Text size="small" className="text-ui-fg-subtle mt-3">
            No sales credited between {from} and {to}.
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Sales attribution",
  icon: ChartBar,
})

export default AttributionReportPage
