import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_PROFILE_MODULE } from "../modules/store-profile"
import { StoresEvents } from "../events"
import { createStoreProfilesStep } from "./steps/create-store-profiles"
import { StoreProfileInput, validateStoreProfilesStep } from "./steps/validate-store-profiles"

export type CreateStoreProfilesWorkflowInput = { profiles: StoreProfileInput[] }

/** Turns stock locations into stores: a profile each, linked to its location and POS sales channel. */
export const createStoreProfilesWorkflow = createWorkflow(
  "create-store-profiles",
  (input: CreateStoreProfilesWorkflowInput) => {
    validateStoreProfilesStep({ profiles: input.profiles })
    const created = createStoreProfilesStep(input.profiles)

    const links = transform({ created, input }, ({ created, input }) =>
      input.profiles.flatMap((requested): LinkDefinition[] => {
        const profile = created.find((p) => p.code === requested.code)!
        const profileKey = { [STORE_PROFILE_MODULE]: { store_profile_id: profile.id } }
        return [
          { ...profileKey, [Modules.STOCK_LOCATION]: { stock_location_id: requested.stock_location_id } },
          ...(requested.sales_channel_id
            ? [{ ...profileKey, [Modules.SALES_CHANNEL]: { sales_channel_id: requested.sales_channel_id } }]
            : []),
        ]
      })
    )
    createRemoteLinkStep(links)

    const events = transform({ created }, ({ created }) => created.map((profile) => ({ id: profile.id })))
    emitEventStep({ eventName: StoresEvents.STORE_CREATED, data: events })
    return new WorkflowResponse(created)
  }
)
