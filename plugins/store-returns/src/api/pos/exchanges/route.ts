import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { IDEMPOTENCY_KEY_HEADER } from "../../../constants"
import { createStoreExchangeWorkflow } from "../../../workflows/create-store-exchange"
import { storeExchangeResponse } from "../../utils/store-exchange-response"
import { awaitStoreReturn, findStoreReturnByKey, hashStoreReturnRequest } from "../../utils/store-return-replay"
import type { PosCreateStoreExchangeType } from "./validators"

/**
 * Exchanges at the acting store in one step (see createStoreExchangeWorkflow): lines taken back, other variants
 * handed over from this store's shelf, the difference paid or given back. The Idempotency-Key header is required,
 * with the store return's rule (the key space is shared): a replay gets the first result, waiting for it if it is
 * still running; the same key with another body is a 422.
 */
export const POST = async (req: AssociateRequest<PosCreateStoreExchangeType>, res: MedusaResponse) => {
  const key = req.get(IDEMPOTENCY_KEY_HEADER)?.trim()
  if (!key) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ${IDEMPOTENCY_KEY_HEADER} header is required: one per exchange, reused on retries`)
  }
  const body = req.validatedBody
  const store = req.actingStore
  if ((body.store_id && body.store_id !== store.id) || (body.location_id && body.location_id !== store.stock_location_id)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Exchanges happen in the store you act for (${store.code}), not another store`
    )
  }
  if (!store.stock_location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Store ${store.code} has no stock location to exchange from`)
  }
  const hash = hashStoreReturnRequest({ exchange: body }, store.id)

  // Twice at most: a first request holding the key may fail and free it, then this one runs itself.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await findStoreReturnByKey(req.scope, key)) {
      const done = await awaitStoreReturn(req.scope, key, hash)
      if (done) {
        return res.status(200).json(await storeExchangeResponse(req.scope, done.id))
      }
      continue
    }
    try {
      const { result } = await createStoreExchangeWorkflow(req.scope).run({
        input: {
          idempotency_key: key,
          request_hash: hash,
          order_id: body.order_id,
          store: { id: store.id, code: store.code, stock_location_id: store.stock_location_id },
          associate: { id: req.associate.id, role: req.associate.role },
          return_lines: body.return_lines,
          new_items: body.new_items,
          refund_method: body.refund_method ?? "original",
          payments: body.payments ?? [],
          override: body.override ?? null,
        },
      })
      return res.status(201).json(await storeExchangeResponse(req.scope, result.store_return_id))
    } catch (error) {
      // Another request claimed the key meanwhile: its result is this one's.
      if (attempt === 0 && (await findStoreReturnByKey(req.scope, key))) {
        continue
      }
      throw error
    }
  }
  throw new MedusaError(MedusaError.Types.CONFLICT, "This exchange is being processed: try again")
}
