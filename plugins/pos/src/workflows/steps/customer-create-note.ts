import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_INSIGHT_MODULE } from "../../modules/customer-insight"
import type CustomerInsightModuleService from "../../modules/customer-insight/service"

export type CreateCustomerNoteInput = { body: string }

export const createCustomerNoteStepId = "create-customer-note"

/** Creates the note record; undone by deleting it. */
export const createCustomerNoteStep = createStep(
  createCustomerNoteStepId,
  async (input: CreateCustomerNoteInput, { container }) => {
    const service: CustomerInsightModuleService = container.resolve(CUSTOMER_INSIGHT_MODULE)
    const note = await service.createCustomerNotes(input)
    return new StepResponse(note, note.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CustomerInsightModuleService = container.resolve(CUSTOMER_INSIGHT_MODULE)
    await service.deleteCustomerNotes(id)
  }
)
