import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { STORE_RETURNS_MODULE } from "../../modules/store-returns"
import type StoreReturnsModuleService from "../../modules/store-returns/service"

const service = (container: MedusaContainer) => container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE)

/** A request's fingerprint: the body (keys in a fixed order) and the store it was made for. */
export function hashStoreReturnRequest(body: unknown, storeId: string): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as any)[k])]))
        : value
  return createHash("sha256").update(JSON.stringify({ store: storeId, body: canonical(body) })).digest("hex")
}

export async function findStoreReturnByKey(container: MedusaContainer, key: string) {
  const [found] = await service(container).listStoreReturns({ idempotency_key: key }, { take: 1 })
  return found ?? null
}

/**
 * Waits (up to 60 s) for the store return holding this key to finish. Refuses a different request under the same
 * key (422). Returns null when the first request failed and freed the key.
 */
export async function awaitStoreReturn(container: MedusaContainer, key: string, hash: string) {
  const deadline = Date.now() + 60_000
  for (;;) {
    const found = await findStoreReturnByKey(container, key)
    if (!found) {
      return null
    }
    if (found.request_hash !== hash) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "This Idempotency-Key was already used for a different return: use a new key for a new return"
      )
    }
    if (found.status === "completed") {
      return found
    }
    if (Date.now() > deadline) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "The first request with this key is still running")
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

/** The store return as the tablet shows it: lines, refund, and for cash the amount to hand back. */
export async function storeReturnResponse(container: MedusaContainer, id: string) {
  const storeReturn = await service(container).retrieveStoreReturn(id, { relations: ["lines"] })
  const amount = Number(storeReturn.refund_amount)
  return {
    store_return: {
      id: storeReturn.id,
      order_id: storeReturn.order_id,
      return_id: storeReturn.return_id,
      location_id: storeReturn.location_id,
      status: storeReturn.status,
      refund_method: storeReturn.refund_method,
      refund_amount: amount,
      currency_code: storeReturn.currency_code,
      override_reason: storeReturn.override_reason,
      override_by: storeReturn.override_by,
      completed_at: storeReturn.completed_at,
      lines: storeReturn.lines.map((line) => ({
        id: line.id,
        line_item_id: line.line_item_id,
        variant_id: line.variant_id,
        quantity: line.quantity,
        condition: line.condition,
        return_reason_id: line.return_reason_id,
        note: line.note,
      })),
    },
    refund: {
      method: storeReturn.refund_method,
      amount,
      currency_code: storeReturn.currency_code,
      cash_to_hand_back: storeReturn.refund_method === "cash" ? amount : null,
    },
  }
}
