import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateStoreProfileWorkflow } from "../../../../workflows/update-store-profile"
import type { AdminUpdateStoreProfileType } from "../validators"

async function readStoreProfile(req: AuthenticatedMedusaRequest<unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [storeProfile] } = await query.graph({
    entity: "store_profile",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!storeProfile) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Store ${req.params.id} was not found`)
  }
  return storeProfile
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ store_profile: await readStoreProfile(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateStoreProfileType>, res: MedusaResponse) => {
  await readStoreProfile(req)
  await updateStoreProfileWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ store_profile: await readStoreProfile(req) })
}
