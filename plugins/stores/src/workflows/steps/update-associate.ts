import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ASSOCIATE_MODULE } from "../../modules/associate"
import type AssociateModuleService from "../../modules/associate/service"
import type { AssociateFields } from "./create-associate"

export type AssociateChanges = Partial<AssociateFields> & { id: string }

const FIELDS = ["first_name", "last_name", "email", "employee_code", "role", "is_active", "metadata"] as const

export const updateAssociateStepId = "update-associate"

/** Updates the associate; returns it before and after. Undone by writing back the fields as they were. */
export const updateAssociateStep = createStep(
  updateAssociateStepId,
  async ({ id, ...changes }: AssociateChanges, { container }) => {
    const service: AssociateModuleService = container.resolve(ASSOCIATE_MODULE)
    const before = await service.retrieveAssociate(id)
    const after = await service.updateAssociates({ id, ...changes })
    const previous = Object.fromEntries(FIELDS.map((field) => [field, before[field]]))
    return new StepResponse({ before, after }, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: AssociateModuleService = container.resolve(ASSOCIATE_MODULE)
    await service.updateAssociates({ id: undo.id, ...undo.previous })
  }
)
