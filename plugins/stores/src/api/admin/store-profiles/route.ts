import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStoreProfilesWorkflow } from "../../../workflows/create-store-profiles"
import type { AdminCreateStoreProfileType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "store_profile",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ store_profiles: data, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/** Makes a stock location a store. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateStoreProfileType>, res: MedusaResponse) => {
  const { result } = await createStoreProfilesWorkflow(req.scope).run({ input: { profiles: [req.validatedBody] } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [storeProfile] } = await query.graph({
    entity: "store_profile",
    fields: req.queryConfig.fields,
    filters: { id: result[0].id },
  })
  res.status(201).json({ store_profile: storeProfile })
}
