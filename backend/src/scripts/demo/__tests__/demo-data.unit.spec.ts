import { DEMO_CATEGORIES, DEMO_COLLECTIONS, DEMO_PRODUCTS } from "../catalog-data"
import {
  DEMO_CONTACT_CENTRE,
  DEMO_HISTORY,
  DEMO_STORES,
  DEMO_WAREHOUSE,
  LOCAL_STORE_OFFER,
  SALE_PRICE_LIST,
  STOCK_EXAMPLES,
  STORE_EXCLUSIVE_HANDLES,
  WAREHOUSE_ONLY_HANDLES,
  WEB_EXCLUSIVE_HANDLES,
} from "../constants"
import { DEMO_CUSTOMERS } from "../customers-data"
import {
  DEMO_HISTORY_ENTRIES,
  HistoryEntry,
  historyInstant,
  historyStockNeeds,
  historyTimeline,
  orderInstant,
  zonedInstant,
} from "../history-plan"
import { demoAssociates, demoESellers } from "../store-network"
import { ean13CheckDigit } from "../ean13"
import { DEMO_ORDERS, DEMO_ORDER_SKUS } from "../order-plan"
import { salePrice } from "../seed-pricing"
import { planStock } from "../stock-plan"
import { allDemoVariants, productChannels } from "../variant-matrix"

/**
 * The demo data is checked without a database: what the seed will create must be consistent
 * before any workflow runs, and the situations docs and tests rely on must hold.
 */

const variants = allDemoVariants()
const skus = new Set(variants.map((v) => v.sku))
const plan = planStock()
const level = (sku: string, code: string) => plan.find((l) => l.sku === sku && l.locationCode === code)

describe("demo catalog", () => {
  it("has at least 40 products with unique handles, each in a known category and collection", () => {
    expect(DEMO_PRODUCTS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(DEMO_PRODUCTS.map((p) => p.handle)).size).toBe(DEMO_PRODUCTS.length)
    const categories = new Set(DEMO_CATEGORIES.map((c) => c.handle))
    const collections = new Set(DEMO_COLLECTIONS.map((c) => c.handle))
    for (const product of DEMO_PRODUCTS) {
      expect(categories.has(product.categoryHandle)).toBe(true)
      expect(collections.has(product.collectionHandle)).toBe(true)
      // Products hang on leaf categories; parents only group them.
      expect(DEMO_CATEGORIES.find((c) => c.handle === product.categoryHandle)?.parent).toBeDefined()
    }
  })

  it("gives every variant a unique SKU and a unique, valid EAN-13", () => {
    expect(skus.size).toBe(variants.length)
    expect(new Set(variants.map((v) => v.ean)).size).toBe(variants.length)
    for (const { ean } of variants) {
      expect(ean).toMatch(/^\d{13}$/)
      expect(Number(ean[12])).toBe(ean13CheckDigit(ean.slice(0, 12)))
    }
  })

  it("keeps exactly two store exclusives and two web exclusives, everything else in both channels", () => {
    const byChannels = (wanted: string) =>
      DEMO_PRODUCTS.filter((p) => productChannels(p.handle).join() === wanted).map((p) => p.handle)
    expect(byChannels("pos").sort()).toEqual([...STORE_EXCLUSIVE_HANDLES].sort())
    expect(byChannels("web").sort()).toEqual([...WEB_EXCLUSIVE_HANDLES].sort())
    expect(byChannels("web,pos")).toHaveLength(DEMO_PRODUCTS.length - 4)
  })

  it("puts about eight existing products on sale at 30 %", () => {
    const handles = new Set(DEMO_PRODUCTS.map((p) => p.handle))
    expect(SALE_PRICE_LIST.handles.length).toBe(8)
    for (const handle of SALE_PRICE_LIST.handles) {
      expect(handles.has(handle)).toBe(true)
    }
    expect(salePrice(119)).toBe(83.3)
    expect(salePrice(79)).toBe(55.3)
  })

  it("aims the local store offer at Knitwear categories that exist", () => {
    const knitwear = DEMO_CATEGORIES.filter((c) => c.name === "Knitwear").map((c) => c.handle)
    expect([...LOCAL_STORE_OFFER.categoryHandles].sort()).toEqual(knitwear.sort())
  })
})

describe("demo locations", () => {
  it("has at least six stores in at least three cities, with unique codes and real coordinates", () => {
    expect(DEMO_STORES.length).toBeGreaterThanOrEqual(6)
    expect(new Set(DEMO_STORES.map((s) => s.city)).size).toBeGreaterThanOrEqual(3)
    const codes = [DEMO_WAREHOUSE.code, ...DEMO_STORES.map((s) => s.code)]
    expect(new Set(codes).size).toBe(codes.length)
    for (const store of DEMO_STORES) {
      expect(store.code).toMatch(/^[A-Z]{3}-\d{2}$/)
      // Western Europe: the stores are in France, Belgium and Germany.
      expect(store.latitude).toBeGreaterThan(42)
      expect(store.latitude).toBeLessThan(56)
      expect(store.longitude).toBeGreaterThan(-5)
      expect(store.longitude).toBeLessThan(16)
    }
  })
})

describe("demo stock plan", () => {
  it("is deterministic", () => {
    expect(planStock()).toEqual(plan)
  })

  it("holds the named stock examples", () => {
    const { warehouseOnly, soldOutAtPar01InStockAtPar02, lastUnitAtLyo01, soldOutEverywhere } =
      STOCK_EXAMPLES
    for (const { sku } of Object.values(STOCK_EXAMPLES)) {
      expect(skus.has(sku)).toBe(true)
    }

    expect(level(warehouseOnly.sku, DEMO_WAREHOUSE.code)?.quantity).toBe(warehouseOnly.warehouse)
    expect(plan.filter((l) => l.sku === warehouseOnly.sku)).toHaveLength(1)
    expect(productChannels(variants.find((v) => v.sku === warehouseOnly.sku)!.productHandle)).toEqual([
      "web",
      "pos",
    ])

    expect(level(soldOutAtPar01InStockAtPar02.sku, "PAR-01")?.quantity).toBe(0)
    expect(level(soldOutAtPar01InStockAtPar02.sku, "PAR-02")?.quantity).toBeGreaterThan(0)
    expect(level(lastUnitAtLyo01.sku, "LYO-01")?.quantity).toBe(1)

    const everywhere = plan.filter((l) => l.sku === soldOutEverywhere.sku)
    expect(everywhere).toHaveLength(DEMO_STORES.length + 1)
    expect(everywhere.every((l) => l.quantity === 0)).toBe(true)
  })

  it("stocks store exclusives only in stores and web-only products only at the warehouse", () => {
    const productOf = new Map(variants.map((v) => [v.sku, v.productHandle]))
    for (const l of plan) {
      const handle = productOf.get(l.sku)!
      if ((STORE_EXCLUSIVE_HANDLES as readonly string[]).includes(handle)) {
        expect(l.locationCode).not.toBe(DEMO_WAREHOUSE.code)
      }
      if (([...WEB_EXCLUSIVE_HANDLES, ...WAREHOUSE_ONLY_HANDLES] as string[]).includes(handle)) {
        expect(l.locationCode).toBe(DEMO_WAREHOUSE.code)
      }
    }
  })

  it("keeps the demo orders' SKUs away from the named examples and in stock at the warehouse", () => {
    const examples = new Set<string>(Object.values(STOCK_EXAMPLES).map((e) => e.sku))
    for (const sku of DEMO_ORDER_SKUS) {
      expect(skus.has(sku)).toBe(true)
      expect(examples.has(sku)).toBe(false)
      expect(level(sku, DEMO_WAREHOUSE.code)?.quantity).toBeGreaterThanOrEqual(10)
    }
  })
})

describe("demo people", () => {
  it("has at least 20 customers with unique emails, and orders for at least six of them", () => {
    expect(DEMO_CUSTOMERS.length).toBeGreaterThanOrEqual(20)
    const emails = new Set(DEMO_CUSTOMERS.map((c) => c.email))
    expect(emails.size).toBe(DEMO_CUSTOMERS.length)
    const buyers = new Set(DEMO_ORDERS.map((o) => o.customerEmail))
    expect(buyers.size).toBeGreaterThanOrEqual(6)
    for (const email of buyers) {
      expect(emails.has(email)).toBe(true)
    }
  })
})

describe("demo attribution history", () => {
  const entries = DEMO_HISTORY_ENTRIES
  const ofKind = (kind: HistoryEntry["kind"]) => entries.filter((e) => e.kind === kind)
  const DAY = 24 * 60 * 60 * 1000
  const WINDOW_DAYS = 14
  // October in Paris: from 1 October 00:00 (UTC+2) to 1 November 00:00 (UTC+1).
  const from = new Date("2026-09-30T22:00:00.000Z")
  const to = new Date("2026-10-31T23:00:00.000Z")

  it("reads local Paris times on either side of the end of summer time", () => {
    expect(zonedInstant(2026, 10, 1, "00:40", "Europe/Paris").toISOString()).toBe("2026-09-30T22:40:00.000Z")
    expect(zonedInstant(2026, 10, 28, "10:30", "Europe/Paris").toISOString()).toBe("2026-10-28T09:30:00.000Z")
    expect(DEMO_HISTORY).toEqual({ from: "2026-10-01", to: "2026-10-31", timezone: "Europe/Paris" })
  })

  it("has unique keys and every kind of touchpoint, in the planned mix", () => {
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length)
    for (const entry of entries) {
      expect(entry.key).toMatch(/^H\d{2}$/)
    }
    const posStores = new Set(ofKind("pos_sale").map((e) => e.store))
    expect(posStores.size).toBeGreaterThanOrEqual(4)

    const shared = ofKind("shared_cart")
    const bought = shared.filter((e) => e.order && e.order.after <= 6)
    expect(bought.length).toBeGreaterThanOrEqual(5)
    expect(Math.min(...bought.map((e) => e.order!.after))).toBe(0)
    expect(Math.max(...bought.map((e) => e.order!.after))).toBe(6)
    expect(shared.filter((e) => !e.claim && !e.order)).toHaveLength(1)
    expect(shared.filter((e) => e.order && e.order.after > WINDOW_DAYS && e.expected.rule === "house")).toHaveLength(1)

    expect(ofKind("assisted").length).toBeGreaterThanOrEqual(4)
    expect(ofKind("appointment").length).toBeGreaterThanOrEqual(2)
    expect(ofKind("web").filter((e) => e.expected.rule === "house").length).toBeGreaterThanOrEqual(5)

    const returns = entries.filter((e) => e.return)
    expect(returns.filter((e) => e.kind === "pos_sale").length).toBeGreaterThanOrEqual(2)
    expect(returns.filter((e) => e.kind !== "pos_sale").length).toBeGreaterThanOrEqual(1)
    const partial = returns.filter((e) => {
      const back = e.return!.lines.reduce((n, l) => n + l.quantity, 0)
      return back < e.items.reduce((n, l) => n + l.quantity, 0)
    })
    expect(partial.length).toBeGreaterThanOrEqual(1)
  })

  it("happens entirely in October (Paris time), each order after its touch and each return after its order", () => {
    const timeline = historyTimeline()
    for (const action of timeline) {
      expect(action.at.getTime()).toBeGreaterThanOrEqual(from.getTime())
      expect(action.at.getTime()).toBeLessThan(to.getTime())
    }
    for (const entry of entries) {
      const touched = historyInstant(entry).getTime()
      const placed = orderInstant(entry)?.getTime()
      if (entry.claim) {
        const claimed = historyInstant(entry, entry.claim).getTime()
        expect(claimed).toBeGreaterThan(touched)
        // The shared-cart link lives 14 days.
        expect(claimed).toBeLessThan(touched + WINDOW_DAYS * DAY)
        expect(placed).toBeGreaterThan(claimed)
      }
      if (entry.kind === "shared_cart" && entry.order) {
        expect(entry.claim).toBeDefined()
      }
      if (placed && entry.kind !== "pos_sale" && entry.kind !== "web") {
        expect(placed).toBeGreaterThan(touched)
      }
      if (entry.return) {
        expect(historyInstant(entry, entry.return).getTime()).toBeGreaterThan(placed!)
      }
    }
  })

  it("names associates at the store they act for, e-sellers at the contact centre, and demo customers", () => {
    const staff = [...demoAssociates(), ...demoESellers()]
    const customers = new Set(DEMO_CUSTOMERS.map((c) => c.email))
    const eSellers = new Set(demoESellers().map((e) => e.email))
    for (const entry of entries) {
      if (entry.kind !== "web") {
        const associate = staff.find((a) => a.email === entry.associate)
        expect(associate).toBeDefined()
        expect([associate!.store, ...(associate!.also ?? [])]).toContain(entry.store)
      }
      if (entry.kind === "assisted") {
        expect(entry.store).toBe(DEMO_CONTACT_CENTRE.code)
        expect(eSellers.has(entry.associate!)).toBe(true)
        expect(entry.contact).toBeDefined()
      }
      if (entry.kind !== "pos_sale") {
        expect(customers.has(entry.customer!)).toBe(true)
      }
      if (entry.return) {
        const taker = staff.find((a) => a.email === entry.return!.associate)
        expect(taker?.store).toBe(entry.return.store)
        for (const line of entry.return.lines) {
          const bought = entry.items.find((i) => i.sku === line.sku)
          expect(bought).toBeDefined()
          expect(line.quantity).toBeLessThanOrEqual(bought!.quantity)
        }
      }
    }
  })

  it("keeps the e-sellers out of the stores' teams", () => {
    const eSellers = demoESellers()
    expect(eSellers.length).toBeGreaterThanOrEqual(2)
    for (const eSeller of eSellers) {
      expect(eSeller).toEqual(expect.objectContaining({ store: DEMO_CONTACT_CENTRE.code, role: "associate" }))
      expect(eSeller.employee_code).toMatch(/^CC-01-\d{2}$/)
    }
    const teamEmails = new Set(demoAssociates().map((a) => a.email))
    expect(eSellers.some((e) => teamEmails.has(e.email))).toBe(false)
    expect(DEMO_STORES.map((s) => s.code)).not.toContain(DEMO_CONTACT_CENTRE.code)
  })

  it("sells SKUs of the right channel that are stocked where they are taken from, away from the stock examples", () => {
    const examples = new Set<string>(Object.values(STOCK_EXAMPLES).map((e) => e.sku))
    const productOf = new Map(variants.map((v) => [v.sku, v.productHandle]))
    for (const entry of entries) {
      for (const { sku } of entry.items) {
        expect(skus.has(sku)).toBe(true)
        expect(examples.has(sku)).toBe(false)
        const channels = productChannels(productOf.get(sku)!)
        if (entry.kind === "pos_sale" || entry.kind === "shared_cart") {
          expect(channels).toContain("pos")
        }
        if (entry.kind !== "pos_sale") {
          expect(channels).toContain("web")
        }
      }
    }
    for (const need of historyStockNeeds(entries, DEMO_WAREHOUSE.code)) {
      expect(level(need.sku, need.locationCode)?.quantity).toBeGreaterThanOrEqual(need.quantity + 1)
    }
  })

  it("credits each order as the rules would: the latest touch for the customer within 14 days, else the house", () => {
    // The touches the attribution sees: a POS sale for a known customer counts as one from its time.
    const touches = entries
      .filter((e) => e.customer && e.kind !== "web")
      .map((e) => ({ customer: e.customer, associate: e.associate!, at: historyInstant(e).getTime() }))
    for (const entry of entries) {
      const placed = orderInstant(entry)?.getTime()
      if (placed === undefined) {
        expect(entry.expected.rule).toBe("none")
        continue
      }
      if (entry.kind === "pos_sale") {
        expect(entry.expected).toEqual({ rule: "pos_sale", associate: entry.associate })
        continue
      }
      const candidates = touches
        .filter((t) => t.customer === entry.customer && t.at <= placed && placed < t.at + WINDOW_DAYS * DAY)
        .sort((a, b) => b.at - a.at)
      expect(entry.expected).toEqual(
        candidates.length ? { rule: "last_touch", associate: candidates[0].associate } : { rule: "house" }
      )
    }
  })
})
