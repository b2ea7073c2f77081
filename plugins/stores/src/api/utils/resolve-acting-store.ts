import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ACTING_STORE_HEADER } from "../../constants"
import type { AssociateRequest } from "./acting-associate"

/**
 * The store the associate acts for: the one named by the `x-passerelle-store` header (code or id), or their
 * home store. A store that isn't theirs is refused with 403.
 */
export function resolveActingStore(req: AssociateRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const requested = req.get(ACTING_STORE_HEADER)?.trim()
  const stores = req.associate.stores
  const store = requested
    ? stores.find((s) => s.code.toLowerCase() === requested.toLowerCase() || s.id === requested)
    : stores.find((s) => s.is_home)
  if (!store) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      requested
        ? `You can't act for store ${requested}: it isn't one of your stores (${stores.map((s) => s.code).join(", ") || "none"})`
        : "You have no home store: ask a merchandiser to assign you one"
    )
  }
  req.actingStore = store
  next()
}
