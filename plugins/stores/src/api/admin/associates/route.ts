import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import AssociateStoreProfileLink from "../../../links/associate-store-profile"
import { createAssociateWorkflow } from "../../../workflows/create-associate"
import { loadAssociates } from "../../utils/load-associates"
import type { AdminCreateAssociateType, AdminGetAssociatesParamsType } from "./validators"

/** Lists associates, filtered by text, role, active flag or store. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAssociatesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, role, is_active, store_id } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (q) {
    filters.q = q
  }
  if (role) {
    filters.role = role
  }
  if (is_active !== undefined) {
    filters.is_active = is_active
  }
  if (store_id) {
    const { data: members } = await query.graph({
      entity: AssociateStoreProfileLink.entryPoint,
      fields: ["associate_id"],
      filters: { store_profile_id: store_id },
    })
    filters.id = members.map((m: { associate_id: string }) => m.associate_id)
  }
  const { data, metadata } = await query.graph({
    entity: "associate",
    fields: ["id"],
    filters,
    pagination: {
      skip: req.queryConfig.pagination.skip,
      take: req.queryConfig.pagination.take,
      order: { last_name: "ASC", first_name: "ASC" },
    },
  })
  const associates = await loadAssociates(req.scope, data.map((a: { id: string }) => a.id))
  res.json({ associates, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/** Creates an associate with a login of their own. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAssociateType>, res: MedusaResponse) => {
  const { result } = await createAssociateWorkflow(req.scope).run({ input: req.validatedBody })
  const [associate] = await loadAssociates(req.scope, [result.id])
  res.status(201).json({ associate })
}
