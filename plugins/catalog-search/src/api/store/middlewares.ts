import { configureStoreSearch, type MiddlewareRoute } from "@medusajs/framework/http"
import { PRODUCTS_INDEX } from "../../constants"

/**
 * Opts the products index into Medusa's `POST /store/search`. Medusa narrows it to published products of the
 * publishable key's sales channels (the index's `status` and `sales_channel_ids`); the shopper narrows further,
 * e.g. `filters: { pickup_store_ids: "stp_…" }` for "available at my store".
 */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/search",
    middlewares: [configureStoreSearch({ allowed_indexes: { [PRODUCTS_INDEX]: true } })],
  },
]
