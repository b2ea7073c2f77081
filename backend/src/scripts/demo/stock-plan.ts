import { DEMO_PRODUCTS } from "./catalog-data"
import {
  DEMO_STOCK_SEED,
  DEMO_STORE_CODES,
  DEMO_WAREHOUSE,
  STOCK_EXAMPLES,
  STORE_EXCLUSIVE_HANDLES,
  WAREHOUSE_ONLY_HANDLES,
  WEB_EXCLUSIVE_HANDLES,
} from "./constants"
import { DEMO_HISTORY_ENTRIES, historyStockNeeds } from "./history-plan"
import { DEMO_ORDER_SKUS } from "./order-plan"
import { pick, randomInt, seededRandom } from "./seeded-random"
import { allDemoVariants, DemoVariant } from "./variant-matrix"

/** One inventory level to create: `quantity` units of `sku` stocked at the location coded `locationCode`. */
export type PlannedLevel = { sku: string; locationCode: string; quantity: number }

/** Stores stock a few of each size; zeros and ones are frequent on purpose, the demo is about scarcity. */
const STORE_QUANTITIES = [0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6] as const
/** Stores that, being smaller, carry only part of the range. */
const PARTIAL_RANGE_STORES = ["BRU-01", "BER-01"]
/** Demo orders take at most two units of a SKU: keep this many at the warehouse so they never fail. */
const MIN_WAREHOUSE_FOR_ORDERED_SKU = 10
/** Units left on the shelf after the October history has sold what it sells (`history-plan.ts`). */
export const HISTORY_STOCK_MARGIN = 2

const includes = (list: readonly string[], value: string) => list.includes(value)

/**
 * Every inventory level of the demo, deterministic: each (SKU, location) pair draws from its own
 * PRNG stream, so adding a product never changes another product's stock. The named
 * `STOCK_EXAMPLES` are then forced, so tests and docs can rely on them.
 */
export function planStock(variants: DemoVariant[] = allDemoVariants()): PlannedLevel[] {
  const levels: PlannedLevel[] = []
  const productsByHandle = new Map(DEMO_PRODUCTS.map((p) => [p.handle, p]))

  for (const variant of variants) {
    const handle = variant.productHandle
    const product = productsByHandle.get(handle)
    const oneSize = product?.sizes.length === 1

    if (!includes(STORE_EXCLUSIVE_HANDLES, handle)) {
      const random = seededRandom(`${DEMO_STOCK_SEED}:${variant.sku}:${DEMO_WAREHOUSE.code}`)
      let quantity = random() < 0.06 ? 0 : randomInt(random, 6, 40)
      if (DEMO_ORDER_SKUS.includes(variant.sku)) {
        quantity = Math.max(quantity, MIN_WAREHOUSE_FOR_ORDERED_SKU)
      }
      levels.push({ sku: variant.sku, locationCode: DEMO_WAREHOUSE.code, quantity })
    }

    if (includes(WEB_EXCLUSIVE_HANDLES, handle) || includes(WAREHOUSE_ONLY_HANDLES, handle)) {
      continue
    }

    for (const storeCode of DEMO_STORE_CODES) {
      if (includes(PARTIAL_RANGE_STORES, storeCode)) {
        // Decided per product, not per variant: a store carries a style in every size or not at all.
        const carries = seededRandom(`${DEMO_STOCK_SEED}:${handle}:${storeCode}:range`)() < 0.75
        if (!carries) {
          continue
        }
      }
      const random = seededRandom(`${DEMO_STOCK_SEED}:${variant.sku}:${storeCode}`)
      const quantity = oneSize ? randomInt(random, 1, 8) : pick(random, STORE_QUANTITIES)
      levels.push({ sku: variant.sku, locationCode: storeCode, quantity })
    }
  }

  return applyStockExamples(applyHistoryNeeds(levels))
}

/**
 * Raises the levels the October history sells from (a store for a POS sale, the warehouse for an online order)
 * so it never runs out, with `HISTORY_STOCK_MARGIN` units to spare; adds the level if the store had none.
 */
function applyHistoryNeeds(levels: PlannedLevel[]): PlannedLevel[] {
  for (const need of historyStockNeeds(DEMO_HISTORY_ENTRIES, DEMO_WAREHOUSE.code)) {
    const wanted = need.quantity + HISTORY_STOCK_MARGIN
    const level = levels.find((l) => l.sku === need.sku && l.locationCode === need.locationCode)
    if (!level) {
      levels.push({ sku: need.sku, locationCode: need.locationCode, quantity: wanted })
    } else if (level.quantity < wanted) {
      level.quantity = wanted
    }
  }
  return levels
}

/** Forces the named situations of `STOCK_EXAMPLES` onto the drawn levels. */
function applyStockExamples(levels: PlannedLevel[]): PlannedLevel[] {
  const set = (sku: string, locationCode: string, quantity: number) => {
    const level = levels.find((l) => l.sku === sku && l.locationCode === locationCode)
    if (level) {
      level.quantity = quantity
    } else {
      levels.push({ sku, locationCode, quantity })
    }
  }

  const { warehouseOnly, soldOutAtPar01InStockAtPar02, lastUnitAtLyo01, soldOutEverywhere } =
    STOCK_EXAMPLES
  set(warehouseOnly.sku, DEMO_WAREHOUSE.code, warehouseOnly.warehouse)
  set(soldOutAtPar01InStockAtPar02.sku, "PAR-01", soldOutAtPar01InStockAtPar02["PAR-01"])
  set(soldOutAtPar01InStockAtPar02.sku, "PAR-02", soldOutAtPar01InStockAtPar02["PAR-02"])
  set(lastUnitAtLyo01.sku, "LYO-01", lastUnitAtLyo01["LYO-01"])
  // A level at 0 everywhere (rather than no level) so "sold out" shows in every store's list.
  for (const code of [DEMO_WAREHOUSE.code, ...DEMO_STORE_CODES]) {
    set(soldOutEverywhere.sku, code, 0)
  }
  return levels
}
