/**
 * A month of sales attribution history (October 2026), so the attribution reports of the demo are not empty:
 * POS sales in six stores, carts shared by associates and bought online days later, customers helped by the
 * contact centre's e-sellers, appointments, plain web orders credited to the house account, and returns.
 *
 * Each entry is replayed through the real flows (see `seed-history.ts`); dates are local times in
 * `DEMO_HISTORY.timezone`. The `expected` field says how the attribution rules (14-day window, last touch)
 * should credit the entry's order: docs and tests read it, the seed never uses it.
 */
import { DEMO_CONTACT_CENTRE, DEMO_HISTORY } from "./constants"

/** What happened: the touchpoint kinds of the attribution plugin, plus a web order nobody touched. */
export type HistoryKind = "pos_sale" | "shared_cart" | "assisted" | "appointment" | "web"

export type HistoryLine = { sku: string; quantity: number }

/** A time of day, local, "HH:MM". */
export type LocalTime = `${number}:${number}`

/** Something that happened `after` whole days following the entry's day, at `time`. */
export type LaterMoment = { after: number; time: LocalTime }

/** Goods brought back to a store counter (the store-returns plugin's store return). */
export type HistoryReturn = LaterMoment & {
  store: string
  /** Email of the associate taking the return. */
  associate: string
  lines: HistoryLine[]
  refund: "cash" | "original"
}

export type HistoryEntry = {
  /** The natural key: POS idempotency key `demo-history-H07`, cart and order metadata `demo_history: "H07"`. */
  key: string
  kind: HistoryKind
  /** Day of October 2026 and local time of the touch (or of the sale, for `pos_sale` and `web`). */
  day: number
  time: LocalTime
  /** Code of the store the associate acts for (CC-01 for e-sellers); none for a web order. */
  store?: string
  /** Email of the associate or e-seller (demo-logins.json). */
  associate?: string
  /** Email of the demo customer; none for a walk-in at the till. */
  customer?: string
  /** How an assisted contact or an appointment happened. */
  contact?: "phone" | "chat" | "email" | "video" | "in_store"
  /** How a POS sale was paid. */
  payment?: "cash" | "card"
  items: HistoryLine[]
  /** Shared carts: when the customer took the cart over; absent = never claimed. */
  claim?: LaterMoment
  /** Touches that lead to an online order: when it was placed. Absent for `pos_sale`, `web` and unclaimed carts. */
  order?: LaterMoment
  return?: HistoryReturn
  /** How the rules should credit the order: to `associate` by `rule`, or to the house account. */
  expected: { rule: "pos_sale" | "last_touch" | "house"; associate?: string } | { rule: "none" }
}

const A = {
  lea: "lea.moreau@passerelle.example",
  hugo: "hugo.lefevre@passerelle.example",
  ines: "ines.garnier@passerelle.example",
  camille: "camille.roux@passerelle.example",
  nathan: "nathan.fournier@passerelle.example",
  chloe: "chloe.girard@passerelle.example",
  louis: "louis.bonnet@passerelle.example",
  jade: "jade.mercier@passerelle.example",
  manon: "manon.lambert@passerelle.example",
  theo: "theo.faure@passerelle.example",
  lucas: "lucas.peeters@passerelle.example",
  emma: "emma.janssens@passerelle.example",
  lena: "lena.schmidt@passerelle.example",
  felix: "felix.wagner@passerelle.example",
  yasmine: "yasmine.haddad@passerelle.example",
  bastien: "bastien.leroy@passerelle.example",
} as const

const CC = DEMO_CONTACT_CENTRE.code

export const DEMO_HISTORY_ENTRIES: HistoryEntry[] = [
  // POS sales: credited to whoever rang them up.
  { key: "H01", kind: "pos_sale", day: 2, time: "11:20", store: "PAR-01", associate: A.hugo, payment: "card",
    items: [{ sku: "KN303-ECR-M", quantity: 1 }, { sku: "TP204-BLC-S", quantity: 1 }],
    expected: { rule: "pos_sale", associate: A.hugo } },
  { key: "H02", kind: "pos_sale", day: 3, time: "15:05", store: "LYO-01", associate: A.louis, payment: "cash",
    items: [{ sku: "SH401-BLC-M", quantity: 1 }],
    expected: { rule: "pos_sale", associate: A.louis } },
  { key: "H03", kind: "pos_sale", day: 6, time: "17:40", store: "LIL-01", associate: A.theo, payment: "card",
    items: [{ sku: "TR501-SAB-42", quantity: 1 }, { sku: "SC803-SAB-TU", quantity: 1 }],
    expected: { rule: "pos_sale", associate: A.theo } },
  // A partial return: one of the two lines comes back three days later.
  { key: "H04", kind: "pos_sale", day: 9, time: "12:10", store: "BRU-01", associate: A.emma, payment: "card",
    items: [{ sku: "TP202-BLC-M", quantity: 1 }, { sku: "TP201-ECR-S", quantity: 1 }],
    return: { after: 3, time: "14:20", store: "BRU-01", associate: A.emma, lines: [{ sku: "TP201-ECR-S", quantity: 1 }], refund: "original" },
    expected: { rule: "pos_sale", associate: A.emma } },
  { key: "H05", kind: "pos_sale", day: 10, time: "16:30", store: "PAR-02", associate: A.nathan, payment: "cash",
    items: [{ sku: "KN604-SAB-L", quantity: 2 }],
    expected: { rule: "pos_sale", associate: A.nathan } },
  { key: "H06", kind: "pos_sale", day: 14, time: "18:00", store: "BER-01", associate: A.felix, payment: "card",
    items: [{ sku: "BG704-KAK-TU", quantity: 1 }],
    expected: { rule: "pos_sale", associate: A.felix } },
  // A known customer at the till: her web order five days later (H08) is credited to Léa.
  { key: "H07", kind: "pos_sale", day: 17, time: "11:00", store: "PAR-01", associate: A.lea, customer: "sarah.mercier@example.com", payment: "card",
    items: [{ sku: "DR103-BCI-M", quantity: 1 }],
    expected: { rule: "pos_sale", associate: A.lea } },
  { key: "H08", kind: "web", day: 22, time: "20:40", customer: "sarah.mercier@example.com",
    items: [{ sku: "TP206-RBL-M", quantity: 1 }],
    expected: { rule: "last_touch", associate: A.lea } },
  // A full return at the till, paid back in cash.
  { key: "H09", kind: "pos_sale", day: 21, time: "14:45", store: "LYO-01", associate: A.jade, payment: "cash",
    items: [{ sku: "KN602-GCH-L", quantity: 1 }],
    return: { after: 3, time: "11:30", store: "LYO-01", associate: A.jade, lines: [{ sku: "KN602-GCH-L", quantity: 1 }], refund: "cash" },
    expected: { rule: "pos_sale", associate: A.jade } },
  // After the end of summer time (25 October): UTC+1.
  { key: "H10", kind: "pos_sale", day: 28, time: "10:30", store: "PAR-01", associate: A.hugo, payment: "card",
    items: [{ sku: "SC801-IBL-TU", quantity: 1 }, { sku: "KN306-NOI-S", quantity: 1 }],
    expected: { rule: "pos_sale", associate: A.hugo } },
  { key: "H11", kind: "pos_sale", day: 30, time: "19:10", store: "LIL-01", associate: A.manon, payment: "card",
    items: [{ sku: "TR503-NOI-40", quantity: 1 }],
    expected: { rule: "pos_sale", associate: A.manon } },

  // Shared carts: built on the tablet, sent as a link, taken over and bought online 0 to 6 days later.
  { key: "H12", kind: "shared_cart", day: 3, time: "16:00", store: "PAR-01", associate: A.hugo, customer: "manon.moreau@example.com",
    items: [{ sku: "DR105-CAM-S", quantity: 1 }],
    claim: { after: 0, time: "19:30" }, order: { after: 0, time: "21:15" },
    expected: { rule: "last_touch", associate: A.hugo } },
  { key: "H13", kind: "shared_cart", day: 5, time: "11:45", store: "LYO-01", associate: A.chloe, customer: "hugo.laurent@example.com",
    items: [{ sku: "KN601-ECR-L", quantity: 1 }, { sku: "SH402-SAB-L", quantity: 1 }],
    claim: { after: 1, time: "09:10" }, order: { after: 3, time: "20:05" },
    expected: { rule: "last_touch", associate: A.chloe } },
  // Bought online six days later, delivered, then brought back to the store that shared it.
  { key: "H14", kind: "shared_cart", day: 11, time: "15:20", store: "PAR-02", associate: A.camille, customer: "nicolas.fournier@example.com",
    items: [{ sku: "TR504-GCH-42", quantity: 1 }],
    claim: { after: 1, time: "08:30" }, order: { after: 6, time: "22:10" },
    return: { after: 16, time: "16:00", store: "PAR-02", associate: A.camille, lines: [{ sku: "TR504-GCH-42", quantity: 1 }], refund: "original" },
    expected: { rule: "last_touch", associate: A.camille } },
  { key: "H15", kind: "shared_cart", day: 15, time: "13:30", store: "BRU-01", associate: A.lucas, customer: "maxime.claes@example.com",
    items: [{ sku: "BG702-CAM-TU", quantity: 1 }],
    claim: { after: 0, time: "18:00" }, order: { after: 4, time: "12:45" },
    expected: { rule: "last_touch", associate: A.lucas } },
  { key: "H16", kind: "shared_cart", day: 20, time: "17:15", store: "PAR-01", associate: A.ines, customer: "mathilde.garnier@example.com",
    items: [{ sku: "KN302-MAR-M", quantity: 1 }, { sku: "TP205-ECR-M", quantity: 1 }],
    claim: { after: 1, time: "10:00" }, order: { after: 2, time: "21:30" },
    expected: { rule: "last_touch", associate: A.ines } },
  // Never opened by the customer: a touchpoint with no order.
  { key: "H17", kind: "shared_cart", day: 24, time: "16:40", store: "LIL-01", associate: A.theo, customer: "antoine.rousseau@example.com",
    items: [{ sku: "SH406-VBT-L", quantity: 1 }],
    expected: { rule: "none" } },
  // Taken over two days later but bought 16 days after sharing: past the 14-day window, so the house account.
  { key: "H18", kind: "shared_cart", day: 2, time: "17:00", store: "PAR-02", associate: A.nathan, customer: "elise.dupont@example.com",
    items: [{ sku: "DR106-NOI-M", quantity: 1 }],
    claim: { after: 2, time: "21:00" }, order: { after: 16, time: "18:20" },
    expected: { rule: "house" } },

  // The contact centre's e-sellers help by phone, chat or email; the customer orders online afterwards.
  { key: "H19", kind: "assisted", day: 4, time: "10:15", store: CC, associate: A.yasmine, customer: "ines.faure@example.com", contact: "phone",
    items: [{ sku: "TP203-RMA-M", quantity: 1 }, { sku: "TP204-MAR-M", quantity: 1 }],
    order: { after: 1, time: "19:40" },
    expected: { rule: "last_touch", associate: A.yasmine } },
  // A web exclusive, which no store sells.
  { key: "H20", kind: "assisted", day: 8, time: "14:00", store: CC, associate: A.bastien, customer: "sofie.maes@example.com", contact: "chat",
    items: [{ sku: "DR104-SAU-S", quantity: 1 }],
    order: { after: 0, time: "16:30" },
    expected: { rule: "last_touch", associate: A.bastien } },
  { key: "H21", kind: "assisted", day: 13, time: "09:40", store: CC, associate: A.yasmine, customer: "anna.schneider@example.com", contact: "email",
    items: [{ sku: "KN305-ECR-M", quantity: 1 }],
    order: { after: 3, time: "21:05" },
    expected: { rule: "last_touch", associate: A.yasmine } },
  { key: "H22", kind: "assisted", day: 23, time: "11:00", store: CC, associate: A.bastien, customer: "felix.weber@example.com", contact: "phone",
    items: [{ sku: "TR506-CHO-44", quantity: 1 }],
    order: { after: 4, time: "20:15" },
    expected: { rule: "last_touch", associate: A.bastien } },
  { key: "H23", kind: "assisted", day: 26, time: "15:30", store: CC, associate: A.yasmine, customer: "clara.fischer@example.com", contact: "chat",
    items: [{ sku: "SC802-GCH-TU", quantity: 1 }],
    order: { after: 2, time: "09:50" },
    expected: { rule: "last_touch", associate: A.yasmine } },

  // Appointments: a fitting in store, a video call.
  { key: "H24", kind: "appointment", day: 7, time: "15:00", store: "PAR-01", associate: A.lea, customer: "julien.bernard@example.com", contact: "in_store",
    items: [{ sku: "SH404-ECR-L", quantity: 1 }, { sku: "TR502-SAB-42", quantity: 1 }],
    order: { after: 2, time: "21:00" },
    expected: { rule: "last_touch", associate: A.lea } },
  { key: "H25", kind: "appointment", day: 16, time: "18:30", store: "BER-01", associate: A.lena, customer: "jonas.mueller@example.com", contact: "video",
    items: [{ sku: "KN603-CAM-L", quantity: 1 }],
    order: { after: 4, time: "20:00" },
    expected: { rule: "last_touch", associate: A.lena } },

  // Web orders nobody touched: the house account. The first is just after midnight, Paris time, on 1 October
  // (still 30 September in UTC): reports read days in Paris time, so it belongs to October.
  { key: "H26", kind: "web", day: 1, time: "00:40", customer: "camille.martin@example.com",
    items: [{ sku: "DR102-NOI-M", quantity: 1 }],
    expected: { rule: "house" } },
  { key: "H27", kind: "web", day: 6, time: "12:30", customer: "lea.girard@example.com",
    items: [{ sku: "KN304-SAB-S", quantity: 1 }],
    expected: { rule: "house" } },
  // Delivered, then one of the two lines brought back to a store.
  { key: "H28", kind: "web", day: 12, time: "22:15", customer: "thomas.lefevre@example.com",
    items: [{ sku: "SH403-IND-L", quantity: 1 }, { sku: "TR505-MAR-42", quantity: 1 }],
    return: { after: 7, time: "17:45", store: "LIL-01", associate: A.theo, lines: [{ sku: "TR505-MAR-42", quantity: 1 }], refund: "original" },
    expected: { rule: "house" } },
  { key: "H29", kind: "web", day: 25, time: "10:05", customer: "lucas.peeters@example.com",
    items: [{ sku: "BG701-NOI-TU", quantity: 1 }],
    expected: { rule: "house" } },
  { key: "H30", kind: "web", day: 31, time: "22:50", customer: "chloe.dubois@example.com",
    items: [{ sku: "TP201-BLC-S", quantity: 1 }],
    expected: { rule: "house" } },
]

/** One thing the seed does for an entry, at its moment. */
export type HistoryAction = {
  entry: HistoryEntry
  step: "touch" | "claim" | "order" | "return"
  at: Date
}

const [YEAR, MONTH] = DEMO_HISTORY.from.split("-").map(Number)

/**
 * The instant of a local date and time in `timeZone`, e.g. (2026, 10, 1, "00:40") in Paris = 2026-09-30T22:40Z.
 * Uses the zone's offset at that instant (two passes, so it is right on either side of a summer-time change).
 */
export function zonedInstant(year: number, month: number, day: number, time: string, timeZone: string): Date {
  const [hours, minutes] = time.split(":").map(Number)
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes)
  let guess = asUtc - offsetMs(asUtc, timeZone)
  guess = asUtc - offsetMs(guess, timeZone)
  return new Date(guess)
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"))
  return local - Math.floor(instant / 1000) * 1000
}

/** The instant of an entry's day plus `after` days, at `time`, in the history's timezone. */
export function historyInstant(entry: HistoryEntry, moment?: LaterMoment): Date {
  return zonedInstant(YEAR, MONTH, entry.day + (moment?.after ?? 0), moment?.time ?? entry.time, DEMO_HISTORY.timezone)
}

/** When the entry's order was placed: the sale itself for `pos_sale` and `web`, else the later online order. */
export function orderInstant(entry: HistoryEntry): Date | null {
  if (entry.kind === "pos_sale" || entry.kind === "web") {
    return historyInstant(entry)
  }
  return entry.order ? historyInstant(entry, entry.order) : null
}

/**
 * Every action of the history in date order, so each order is attributed with every touchpoint before it
 * already recorded (a POS sale's touchpoint is written when it is attributed).
 */
export function historyTimeline(entries: HistoryEntry[] = DEMO_HISTORY_ENTRIES): HistoryAction[] {
  const actions: HistoryAction[] = []
  for (const entry of entries) {
    if (entry.kind !== "pos_sale" && entry.kind !== "web") {
      actions.push({ entry, step: "touch", at: historyInstant(entry) })
    }
    if (entry.claim) {
      actions.push({ entry, step: "claim", at: historyInstant(entry, entry.claim) })
    }
    const placed = orderInstant(entry)
    if (placed) {
      actions.push({ entry, step: "order", at: placed })
    }
    if (entry.return) {
      actions.push({ entry, step: "return", at: historyInstant(entry, entry.return) })
    }
  }
  return actions.sort((a, b) => a.at.getTime() - b.at.getTime())
}

/** Where each order of the history takes its goods from: the store for a POS sale, the warehouse for the web. */
export function historyStockNeeds(
  entries: HistoryEntry[] = DEMO_HISTORY_ENTRIES,
  warehouseCode: string
): { sku: string; locationCode: string; quantity: number }[] {
  const needs = new Map<string, { sku: string; locationCode: string; quantity: number }>()
  for (const entry of entries) {
    if (!orderInstant(entry)) {
      continue
    }
    const locationCode = entry.kind === "pos_sale" ? entry.store! : warehouseCode
    for (const { sku, quantity } of entry.items) {
      const key = `${sku}@${locationCode}`
      const need = needs.get(key) ?? { sku, locationCode, quantity: 0 }
      need.quantity += quantity
      needs.set(key, need)
    }
  }
  return [...needs.values()]
}

/** The POS Idempotency-Key of an entry's sale. */
export const historySaleKey = (entry: HistoryEntry) => `demo-history-${entry.key}`
/** The store return's Idempotency-Key of an entry's return. */
export const historyReturnKey = (entry: HistoryEntry) => `demo-history-${entry.key}-return`
