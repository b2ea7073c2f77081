import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { IDEMPOTENCY_KEY_HEADER } from "../../../constants"
import { createStoreReturnWorkflow } from "../../../workflows/create-store-return"
import { awaitStoreReturn, findStoreReturnByKey, hashStoreReturnRequest, storeReturnResponse } from "../../utils/store-return-replay"
import type { PosCreateStoreReturnType } from "./validators"

/**
 * Takes items back at the acting store in one step (see createStoreReturnWorkflow) and answers with the store
 * return and the refund (for cash, the amount to hand back). The Idempotency-Key header is required: a replay of
 * the key gets the first result (waiting for it if it is still running), the same key with another body a 422.
 */
export const POST = async (req: AssociateRequest<PosCreateStoreReturnType>, res: MedusaResponse) => {
  const key = req.get(IDEMPOTENCY_KEY_HEADER)?.trim()
  if (!key) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ${IDEMPOTENCY_KEY_HEADER} header is required: one per return, reused on retries`)
  }
  const body = req.validatedBody
  const store = req.actingStore
  if ((body.store_id && body.store_id !== store.id) || (body.location_id && body.location_id !== store.stock_location_id)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Items can only come back into the store you act for (${store.code}), not another store`
    )
  }
  if (!store.stock_location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Store ${store.code} has no stock location to take items back into`)
  }
  const hash = hashStoreReturnRequest(body, store.id)

  // Twice at most: a first request holding the key may fail and free it, then this one runs itself.
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await findStoreReturnByKey(req.scope, key)
    if (existing) {
      const done = await awaitStoreReturn(req.scope, key, hash)
      if (done) {
        return res.status(200).json(await storeReturnResponse(req.scope, done.id))
      }
      continue
    }
    try {
      const { result } = await createStoreReturnWorkflow(req.scope).run({
        input: {
          idempotency_key: key,
          request_hash: hash,
          order_id: body.order_id,
          store: { id: store.id, stock_location_id: store.stock_location_id },
          associate: { id: req.associate.id, role: req.associate.role },
          lines: body.lines,
          refund_method: body.refund_method,
          override: body.override ?? null,
        },
      })
      return res.status(201).json(await storeReturnResponse(req.scope, result.store_return_id))
    } catch (error) {
      // Another request claimed the key meanwhile: its result is this one's.
      if (attempt === 0 && (await findStoreReturnByKey(req.scope, key))) {
        continue
      }
      throw error
    }
  }
  throw new MedusaError(MedusaError.Types.CONFLICT, "This return is being processed: try again")
}
