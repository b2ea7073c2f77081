import { STOCK_GUARD_MESSAGE_PREFIX, STOCK_GUARD_SQLSTATE } from "../modules/stock-guard/sql"

export type StockGuardViolation = {
  inventory_item_id: string
  location_id: string
  reserved: number
  stocked: number
}

type DriverError = { code?: unknown; message?: unknown; detail?: unknown; cause?: unknown }

/**
 * The stock guard's refusal, when `error` is one (or wraps one): MikroORM rethrows PostgreSQL's error as a
 * DriverException carrying its SQLSTATE in `code` and the trigger's JSON in `detail`.
 */
export function stockGuardViolation(error: unknown): StockGuardViolation | null {
  for (let e = error as DriverError | undefined, depth = 0; e && depth < 5; e = e.cause as DriverError, depth++) {
    const ours =
      e.code === STOCK_GUARD_SQLSTATE ||
      (typeof e.message === "string" && e.message.includes(STOCK_GUARD_MESSAGE_PREFIX))
    if (!ours) {
      continue
    }
    try {
      const detail = JSON.parse(String(e.detail))
      return {
        inventory_item_id: String(detail.inventory_item_id),
        location_id: String(detail.location_id),
        reserved: Number(detail.reserved),
        stocked: Number(detail.stocked),
      }
    } catch {
      return { inventory_item_id: "", location_id: "", reserved: NaN, stocked: NaN }
    }
  }
  return null
}
