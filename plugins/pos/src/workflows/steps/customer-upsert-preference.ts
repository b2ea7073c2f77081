import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_INSIGHT_MODULE } from "../../modules/customer-insight"
import type CustomerInsightModuleService from "../../modules/customer-insight/service"

export type CustomerSizes = Record<string, string>

export type CustomerPreferenceChanges = {
  customer_id: string
  /** Replaces the whole set; `null` forgets them. */
  sizes?: CustomerSizes | null
  marketing_consent?: boolean
  share_history_with_associates?: boolean
}

type PreferenceFields = {
  sizes: CustomerSizes | null
  marketing_consent: boolean
  marketing_consented_at: Date | null
  share_history_with_associates: boolean
  share_history_consented_at: Date | null
}

const FIELDS = [
  "sizes",
  "marketing_consent",
  "marketing_consented_at",
  "share_history_with_associates",
  "share_history_consented_at",
] as const

const CONSENTS = [
  ["marketing_consent", "marketing_consented_at"],
  ["share_history_with_associates", "share_history_consented_at"],
] as const

/**
 * The fields to write for the given changes. A consent's timestamp follows the answer: set when a "no" (or no
 * answer yet) becomes "yes", kept when "yes" is repeated, cleared on "no".
 */
export function preferenceUpdate(
  current: Partial<PreferenceFields> | null,
  changes: Omit<CustomerPreferenceChanges, "customer_id">,
  now: Date
): Partial<PreferenceFields> {
  const update: Partial<PreferenceFields> = {}
  if (changes.sizes !== undefined) {
    update.sizes = changes.sizes
  }
  for (const [consent, consentedAt] of CONSENTS) {
    const answer = changes[consent]
    if (answer === undefined) {
      continue
    }
    update[consent] = answer
    if (!answer) {
      update[consentedAt] = null
    } else if (!current?.[consent]) {
      update[consentedAt] = now
    }
  }
  return update
}

type Undo =
  | { created: { id: string; customer_id: string } }
  | { restore: { id: string } & PreferenceFields }

const customerLink = (customerId: string, preferenceId: string) => ({
  [Modules.CUSTOMER]: { customer_id: customerId },
  [CUSTOMER_INSIGHT_MODULE]: { customer_preference_id: preferenceId },
})

export const upsertCustomerPreferenceStepId = "upsert-customer-preference"

/**
 * Creates the customer's preference record (and its link to the customer) or updates it. Undone by deleting what
 * it created, or by writing back the values as they were.
 */
export const upsertCustomerPreferenceStep = createStep(
  upsertCustomerPreferenceStepId,
  async ({ customer_id, ...changes }: CustomerPreferenceChanges, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: CustomerInsightModuleService = container.resolve(CUSTOMER_INSIGHT_MODULE)
    const {
      data: [customer],
    } = await query.graph({
      entity: "customer",
      fields: ["id", ...FIELDS.map((field) => `customer_preference.${field}`), "customer_preference.id"],
      filters: { id: customer_id },
    })
    const current = (customer?.customer_preference ?? null) as ({ id: string } & PreferenceFields) | null
    const update = preferenceUpdate(current, changes, new Date())

    if (!current) {
      const created = await service.createCustomerPreferences(update)
      await container.resolve(ContainerRegistrationKeys.LINK).create(customerLink(customer_id, created.id))
      return new StepResponse(created, { created: { id: created.id, customer_id } } as Undo)
    }
    const previous = Object.fromEntries(FIELDS.map((field) => [field, current[field] ?? null])) as PreferenceFields
    const updated = await service.replaceCustomerPreferences({ id: current.id, ...update })
    return new StepResponse(updated, { restore: { id: current.id, ...previous } } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: CustomerInsightModuleService = container.resolve(CUSTOMER_INSIGHT_MODULE)
    if ("created" in undo) {
      await container
        .resolve(ContainerRegistrationKeys.LINK)
        .dismiss(customerLink(undo.created.customer_id, undo.created.id))
      await service.deleteCustomerPreferences(undo.created.id)
      return
    }
    // A checkpointed step response may come back with its dates as strings.
    const { marketing_consented_at, share_history_consented_at, ...restore } = undo.restore
    await service.replaceCustomerPreferences({
      ...restore,
      marketing_consented_at: marketing_consented_at ? new Date(marketing_consented_at) : null,
      share_history_consented_at: share_history_consented_at ? new Date(share_history_consented_at) : null,
    })
  }
)
