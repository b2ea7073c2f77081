import { Text } from "@medusajs/ui"
import type { AttributionReport } from "../types/attribution"
import { daysBetween, formatAmount } from "./attribution-format"

/** Distinct, readable on light and dark backgrounds; repeats after ten series. */
const PALETTE = ["#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#06b6d4", "#ec4899", "#84cc16", "#f97316", "#64748b"]

const WIDTH = 760
const HEIGHT = 260
const MARGIN = { top: 12, right: 12, bottom: 28, left: 64 }
const GRID_LINES = 4

type Series = { key: string; label: string; color: string; byDay: Map<string, number> }

/** The series of a `day,store,channel` report: one per store × channel, in the order of their total sales. */
function seriesOf(report: AttributionReport, currency: string): Series[] {
  const series = new Map<string, Series>()
  for (const row of report.rows) {
    if (row.currency_code !== currency || !row.day || row.gross === 0) {
      continue
    }
    const key = `${row.store_id ?? "house"}|${row.sales_channel_id ?? ""}`
    const entry =
      series.get(key) ??
      ({ key, label: row.label.split(" · ").slice(1).join(" · "), color: "", byDay: new Map() } as Series)
    entry.byDay.set(row.day, (entry.byDay.get(row.day) ?? 0) + row.gross)
    series.set(key, entry)
  }
  const total = (s: Series) => [...s.byDay.values()].reduce((sum, value) => sum + value, 0)
  return [...series.values()]
    .sort((a, b) => total(b) - total(a) || a.label.localeCompare(b.label))
    .map((s, index) => ({ ...s, color: PALETTE[index % PALETTE.length] }))
}

/** A round step for the y axis (1, 2 or 5 × a power of ten) so gridlines read as plain amounts. */
function niceStep(max: number): number {
  const raw = max / GRID_LINES
  const power = 10 ** Math.floor(Math.log10(raw))
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? raw
}

/**
 * Sales (gross credit) per day, stacked by store × sales channel, drawn as plain SVG: one bar per day of the
 * period, one coloured block per store and channel, the legend below. Expects a report grouped by
 * `day,store,channel`; shows one currency (the one with the most sales).
 */
export const AttributionChart = ({ report }: { report: AttributionReport }) => {
  const currencies = Object.entries(report.totals).sort((a, b) => b[1].gross - a[1].gross)
  if (!currencies.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No sales credited in this period.
      </Text>
    )
  }
  const currency = currencies[0][0]
  const series = seriesOf(report, currency)
  const days = daysBetween(report.from, report.to)
  const dayTotals = days.map((day) => series.reduce((sum, s) => sum + (s.byDay.get(day) ?? 0), 0))
  const step = niceStep(Math.max(...dayTotals, 1))
  const top = step * Math.max(1, Math.ceil(Math.max(...dayTotals, 1) / step))
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const slot = plotWidth / days.length
  const barWidth = Math.max(1, slot * 0.7)
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight
  const labelEvery = Math.ceil(days.length / 12)

  return (
    <div className="flex flex-col gap-y-3" data-testid="attribution-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-label={`Sales per day by store and channel, ${report.from} to ${report.to}`}
      >
        {Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step).map((value) => (
          <g key={value}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(value)}
              y2={y(value)}
              stroke="currentColor"
              strokeOpacity={value === 0 ? 0.4 : 0.1}
            />
            <text x={MARGIN.left - 6} y={y(value) + 4} textAnchor="end" fontSize={10} fill="currentColor" fillOpacity={0.6}>
              {formatAmount(value, currency)}
            </text>
          </g>
        ))}
        {days.map((day, index) => {
          let base = 0
          const x = MARGIN.left + index * slot + (slot - barWidth) / 2
          return (
            <g key={day} data-day={day}>
              {series.map((s) => {
                const value = s.byDay.get(day) ?? 0
                if (!value) {
                  return null
                }
                const rect = (
                  <rect key={s.key} x={x} y={y(base + value)} width={barWidth} height={y(base) - y(base + value)} fill={s.color}>
                    <title>{`${day} · ${s.label}: ${formatAmount(value, currency)}`}</title>
                  </rect>
                )
                base += value
                return rect
              })}
              {index % labelEvery === 0 && (
                <text
                  x={MARGIN.left + index * slot + slot / 2}
                  y={HEIGHT - MARGIN.bottom + 16}
                  textAnchor="middle"
                  fontSize={10}
                  fill="currentColor"
                  fillOpacity={0.6}
                >
                  {day.slice(5)}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="attribution-chart-legend">
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-x-1.5">
            <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: s.color }} />
            <Text size="xsmall" leading="compact">
              {s.label}
            </Text>
          </li>
        ))}
      </ul>
      {currencies.length > 1 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Chart in {currency.toUpperCase()}; sales in {currencies.slice(1).map(([code]) => code.toUpperCase()).join(", ")} are in the table.
        </Text>
      )}
    </div>
  )
}
