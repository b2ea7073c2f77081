import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import AssociateStoreProfileLink from "../../../links/associate-store-profile"
import type { AssociateRequest } from "../../utils/acting-associate"
import { loadAssociates } from "../../utils/load-associates"

/** The acting store's team, for its manager (rota, who can open the till). */
export const GET = async (req: AssociateRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: AssociateStoreProfileLink.entryPoint,
    fields: ["associate_id"],
    filters: { store_profile_id: req.actingStore.id },
  })
  const team = await loadAssociates(req.scope, members.map((m: { associate_id: string }) => m.associate_id))
  res.json({
    store: { id: req.actingStore.id, code: req.actingStore.code, name: req.actingStore.name },
    associates: team
      .sort((a, b) => a.last_name.localeCompare(b.last_name))
      .map(({ stores: _stores, ...associate }) => associate),
  })
}
