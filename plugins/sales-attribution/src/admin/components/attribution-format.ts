import type { ReportDimension } from "../types/attribution"

export const DIMENSION_LABELS: Record<ReportDimension, string> = {
  associate: "Associate",
  store: "Store",
  channel: "Channel",
  day: "Day",
}

export const RULE_LABELS: Record<string, string> = {
  pos_sale: "POS sale",
  last_touch: "Last touch",
  first_touch: "First touch",
  split: "Split",
  house: "House account",
  override: "Override",
  click_collect_share: "Click & collect share",
}

export const ruleLabel = (rule: string) => RULE_LABELS[rule] ?? rule

export const formatAmount = (amount: number, currencyCode: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)

export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))

/** `YYYY-MM-DD` of a date as the browser sees it locally. */
export const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`

/** The current month so far: the page's default period. */
export const currentMonth = (today = new Date()) => ({
  from: isoDay(new Date(today.getFullYear(), today.getMonth(), 1)),
  to: isoDay(today),
})

/** Every day from `from` to `to`, both included (the chart's x axis). */
export const daysBetween = (from: string, to: string): string[] => {
  const days: string[] = []
  const start = Date.parse(`${from}T00:00:00Z`)
  const end = Date.parse(`${to}T00:00:00Z`)
  for (let time = start; time <= end && days.length <= 366; time += 24 * 60 * 60 * 1000) {
    days.push(new Date(time).toISOString().slice(0, 10))
  }
  return days
}
