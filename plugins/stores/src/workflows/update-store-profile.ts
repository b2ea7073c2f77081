import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StoresEvents } from "../events"
import { replaceStoreProfileLinksStep } from "./steps/replace-store-profile-links"
import { StoreProfileChanges, updateStoreProfileStep } from "./steps/update-store-profile"
import { validateStoreProfilesStep } from "./steps/validate-store-profiles"

export type UpdateStoreProfileWorkflowInput = StoreProfileChanges & {
  stock_location_id?: string
  sales_channel_id?: string | null
}

export const updateStoreProfileWorkflow = createWorkflow(
  "update-store-profile",
  (input: UpdateStoreProfileWorkflowInput) => {
    const validation = transform({ input }, ({ input }) => ({
      profiles: [input],
      excludeProfileId: input.id,
    }))
    validateStoreProfilesStep(validation)

    const changes = transform({ input }, ({ input }) => {
      const { stock_location_id: _location, sales_channel_id: _channel, ...rest } = input
      return rest
    })
    const updated = updateStoreProfileStep(changes)

    const links = transform({ input }, ({ input }) => ({
      store_profile_id: input.id,
      stock_location_id: input.stock_location_id,
      sales_channel_id: input.sales_channel_id,
    }))
    replaceStoreProfileLinksStep(links)

    emitEventStep({ eventName: StoresEvents.STORE_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)
