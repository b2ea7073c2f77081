import type { AttributionRule, ContactChannel, TouchpointKind } from "../constants"

const DAY_MS = 24 * 60 * 60 * 1000

/** A person as reasons name them: first name and the store they acted for, "Léa (PAR-01)". */
export type NamedActor = { first_name: string; store_code: string }

/** What a touch phrase needs to know about a touchpoint. */
export type TouchForReason = NamedActor & {
  kind: TouchpointKind
  contact: ContactChannel | null
  shared_cart_id: string | null
  occurred_at: Date | string
}

const who = (actor: NamedActor) => `${actor.first_name} (${actor.store_code})`

/** Whole days between the touch and the order: "the same day", "1 day before", "3 days before". */
export function daysBefore(occurredAt: Date | string, placedAt: Date | string): string {
  const days = Math.max(0, Math.floor((new Date(placedAt).getTime() - new Date(occurredAt).getTime()) / DAY_MS))
  return days === 0 ? "the same day" : days === 1 ? "1 day before" : `${days} days before`
}

const CONTACT_PHRASES: Record<ContactChannel, string> = {
  phone: "by phone",
  chat: "by chat",
  email: "by email",
  video: "by video",
  in_store: "in store",
}

/**
 * What the associate did and when, relative to the order: "shared cart sc_01… sent by Léa (PAR-01) 3 days before",
 * "assisted by Inès (CC-01) by phone 2 days before", "appointment with Hugo (PAR-01) 1 day before",
 * "in-store sale by Léa (PAR-01) the same day".
 */
export function touchPhrase(touch: TouchForReason, placedAt: Date | string): string {
  const when = daysBefore(touch.occurred_at, placedAt)
  switch (touch.kind) {
    case "shared_cart":
      return `shared cart ${touch.shared_cart_id ? `${touch.shared_cart_id} ` : ""}sent by ${who(touch)} ${when}`
    case "assisted":
      return `assisted by ${who(touch)}${touch.contact ? ` ${CONTACT_PHRASES[touch.contact]}` : ""} ${when}`
    case "appointment":
      return `appointment with ${who(touch)} ${when}`
    case "pos_sale":
      return `in-store sale by ${who(touch)} ${when}`
  }
}

/** "POS sale rung up by Léa (PAR-01)". */
export function posSaleReason(associate: NamedActor): string {
  return `POS sale rung up by ${who(associate)}`
}

/** "<touch phrase>; last-touch within 14 days" (or first-touch). */
export function singleTouchReason(phrase: string, rule: Extract<AttributionRule, "last_touch" | "first_touch">, windowDays: number) {
  return `${phrase}; ${rule === "last_touch" ? "last-touch" : "first-touch"} within ${windowDays} days`
}

/** "<touch phrase>; split evenly between 2 associates who touched within 14 days". */
export function splitRecordReason(phrase: string, associateCount: number, windowDays: number): string {
  return `${phrase}; ${splitPhrase(associateCount, windowDays)}`
}

/** The header's reason for a split: "split evenly between 2 associates who touched within 14 days: Léa (PAR-01), Hugo (PAR-01)". */
export function splitReason(associates: NamedActor[], windowDays: number): string {
  return `${splitPhrase(associates.length, windowDays)}: ${associates.map(who).join(", ")}`
}

function splitPhrase(associateCount: number, windowDays: number) {
  return associateCount === 1
    ? `the only associate who touched within ${windowDays} days`
    : `split evenly between ${associateCount} associates who touched within ${windowDays} days`
}

/** "no touchpoint within 14 days; credited to the House account (Web Store)". */
export function houseReason(windowDays: number, houseAccountName: string, salesChannelName: string | null): string {
  return `no touchpoint within ${windowDays} days; credited to the ${houseAccountName}${salesChannelName ? ` (${salesChannelName})` : ""}`
}

/** A share in basis points as a percentage: 1000 → "10%", 1250 → "12.5%". */
export function percentOf(basisPoints: number): string {
  return `${basisPoints / 100}%`
}

/** "handed over at LYO-01 (click & collect): 10% store share". */
export function clickCollectShareReason(storeCode: string, shareBasisPoints: number): string {
  return `handed over at ${storeCode} (click & collect): ${percentOf(shareBasisPoints)} store share`
}

/** An amount in minor units as money: 1250, "eur" → "€12.50". */
export function formatMoney(amountMinor: number, currencyCode: string, decimalDigits = 2): string {
  const formatted = new Intl.NumberFormat("en", {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    minimumFractionDigits: decimalDigits,
    maximumFractionDigits: decimalDigits,
  }).format(Math.abs(amountMinor) / 10 ** decimalDigits)
  return amountMinor < 0 ? `−${formatted}` : formatted
}

/** "return ret_01… received: −€12.50 net of tax, in the sale's proportions". */
export function returnReason(returnId: string, amountMinor: number, currencyCode: string, decimalDigits = 2): string {
  return `return ${returnId} received: ${formatMoney(-Math.abs(amountMinor), currencyCode, decimalDigits)} net of tax, in the sale's proportions`
}

/** `override by Maud (PAR-01): "<reason>"`, or by an admin user: `override by an admin: "<reason>"`. */
export function overrideReason(actor: NamedActor | null, reason: string): string {
  return `override by ${actor ? who(actor) : "an admin"}: "${reason}"`
}
