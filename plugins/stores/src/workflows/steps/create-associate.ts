import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ASSOCIATE_MODULE } from "../../modules/associate"
import type { AssociateRole } from "../../modules/associate/models/associate"
import type AssociateModuleService from "../../modules/associate/service"

export type AssociateFields = {
  first_name: string
  last_name: string
  email: string
  employee_code: string
  role?: AssociateRole
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export const createAssociateStepId = "create-associate"

/** Creates the associate record; undone by deleting it. */
export const createAssociateStep = createStep(
  createAssociateStepId,
  async (fields: AssociateFields, { container }) => {
    const service: AssociateModuleService = container.resolve(ASSOCIATE_MODULE)
    const associate = await service.createAssociates(fields)
    return new StepResponse(associate, associate.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: AssociateModuleService = container.resolve(ASSOCIATE_MODULE)
    await service.deleteAssociates(id)
  }
)
