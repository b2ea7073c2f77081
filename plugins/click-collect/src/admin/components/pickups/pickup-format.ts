import type { PickupStatus } from "../../types/pickup"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const PICKUP_STATUS_LABELS: Record<PickupStatus, string> = {
  placed: "Placed",
  preparing: "Preparing",
  ready: "Ready for pickup",
  collected: "Collected",
  expired: "Expired",
  canceled: "Canceled",
}

export const PICKUP_STATUS_COLORS: Record<PickupStatus, BadgeColor> = {
  placed: "blue",
  preparing: "orange",
  ready: "green",
  collected: "grey",
  expired: "red",
  canceled: "grey",
}

export const PICKUP_EVENT_LABELS: Record<string, string> = {
  placed: "Order placed",
  preparing: "Preparation started",
  ready: "Ready for pickup",
  collected: "Collected",
  expired: "Hold expired",
  canceled: "Canceled",
  item_missing: "Item missing",
  reminder_sent: "Reminder sent",
  code_locked: "Code checks locked",
}

/** The code itself is never shown: four dots and its last two characters, e.g. "••••7K". */
export const maskedCode = (hint: string | null) => (hint ? `••••${hint}` : "—")

export const formatDateTime = (value: string | null) =>
  value ? new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "—"

export const formatWaiting = (minutes: number | null) => {
  if (minutes === null) {
    return "—"
  }
  if (minutes < 60) {
    return `${minutes} min`
  }
  const hours = Math.floor(minutes / 60)
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} d`
}

export const storeLabel = (store: { code: string | null; name: string } | null) =>
  store ? (store.code ? `${store.name} (${store.code})` : store.name) : "—"
