import { DEMO_CATEGORIES, DEMO_COLLECTIONS, DEMO_PRODUCTS } from "../catalog-data"
import {
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
