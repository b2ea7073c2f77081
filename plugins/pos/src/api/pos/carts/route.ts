import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { createPosCartWorkflow } from "../../../workflows/create-pos-cart"
import { listParkedCarts } from "../../utils/list-parked-carts"
import { loadPosCart } from "../../utils/load-pos-cart"
import type { PosCreateCartType, PosListCartsParamsType } from "./validators"

/** Opens a sale in the acting store's POS channel, region and currency. */
export const POST = async (req: AssociateRequest<PosCreateCartType>, res: MedusaResponse) => {
  const store = req.actingStore
  if (!store.sales_channel_id || !store.stock_location_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Store ${store.code} has no POS sales channel or stock location yet: a merchandiser must set them up`
    )
  }
  const { result } = await createPosCartWorkflow(req.scope).run({
    input: {
      store: { id: store.id, stock_location_id: store.stock_location_id, sales_channel_id: store.sales_channel_id },
      associate_id: req.associate.id,
      customer_id: req.validatedBody.customer_id,
      email: req.validatedBody.email,
    },
  })
  res.status(201).json(await loadPosCart(req.scope, result.cart_id))
}

/** The acting store's parked sales, newest first (`status=parked`, the only list for now). */
export const GET = async (req: AssociateRequest<unknown, PosListCartsParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const { carts, count } = await listParkedCarts(req.scope, req.actingStore.id, { limit, offset })
  res.json({ carts, count, limit, offset })
}
