import type { AdminStoreReturn } from "../types/store-return"

const REFUND_METHOD_LABELS: Record<AdminStoreReturn["refund_method"], string> = {
  original: "Original payment",
  store_credit: "Store credit",
  cash: "Cash",
}

export const refundMethodLabel = (method: AdminStoreReturn["refund_method"]) => REFUND_METHOD_LABELS[method] ?? method

export const formatAmount = (amount: number, currencyCode: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)

export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))

/** "Returned in store Paris Marais (PAR-01) by Léa Test": the line the order page leads with. */
export const returnedInStoreBy = (storeReturn: AdminStoreReturn) => {
  const store = storeReturn.store ? `${storeReturn.store.name} (${storeReturn.store.code})` : "an unknown store"
  const by = storeReturn.associate ? ` by ${storeReturn.associate.name}` : ""
  return `Returned in store ${store}${by}`
}

export const lineLabel = (line: AdminStoreReturn["lines"][number]) =>
  [line.product_title ?? "Item", line.variant_title].filter(Boolean).join(" · ")
