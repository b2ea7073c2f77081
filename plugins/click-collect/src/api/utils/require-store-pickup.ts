import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"

/**
 * /pos/pickups/:id: only a pickup waiting at the acting store. Another store's pickup is refused with 403 (the
 * associate learns it exists, not what is in it), an unknown one with 404.
 */
export async function requireStorePickup(req: AssociateRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [pickup],
  } = await query.graph({
    entity: "pickup",
    fields: ["id", "stock_location.id"],
    filters: { id: req.params.id },
  })
  if (!pickup) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pickup ${req.params.id}`)
  }
  if ((pickup as any).stock_location?.id !== req.actingStore.stock_location_id) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Pickup ${req.params.id} waits at another store, not ${req.actingStore.name} (${req.actingStore.code})`
    )
  }
  next()
}
