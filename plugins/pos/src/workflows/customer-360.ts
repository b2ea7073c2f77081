import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { getOrdersListWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { customer360View } from "./customer-360-view"
import { validateCustomerReferencesStep } from "./steps/customer-validate-references"

export type GetCustomer360WorkflowInput = {
  customer_id: string
  /** The store the associate acts for: without consent, they see its notes only. */
  acting_store_id: string
  /** The page of the order timeline, newest first. */
  timeline: { limit: number; offset: number }
}

const STORE = ["id", "code", "name"]

const PROFILE_FIELDS = [
  "id",
  "first_name",
  "last_name",
  "email",
  "phone",
  "company_name",
  "has_account",
  "created_at",
  "addresses.*",
  "customer_preference.*",
  ...STORE.map((field) => `customer_preference.store_profile.${field}`),
  "customer_notes.id",
  "customer_notes.body",
  "customer_notes.created_at",
  "customer_notes.associate.id",
  "customer_notes.associate.first_name",
  "customer_notes.associate.last_name",
  ...STORE.map((field) => `customer_notes.store_profile.${field}`),
]

/** Enough of every order for lifetime value and last visit. */
const ORDER_SUMMARY_FIELDS = [
  "id",
  "status",
  "currency_code",
  "created_at",
  "summary",
  ...STORE.map((field) => `store_profile.${field}`),
]

const TIMELINE_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "total",
  "subtotal",
  "discount_total",
  "tax_total",
  "shipping_total",
  "summary",
  "sales_channel.id",
  "sales_channel.name",
  ...STORE.map((field) => `store_profile.${field}`),
]

/**
 * The customer 360 an associate sees: profile, consents, and, once the customer agreed to share their history,
 * addresses, preferences, every order in every channel newest first, lifetime value and last visit. The consent
 * rule is `customer360View`'s. Reads only.
 */
export const getCustomer360Workflow = createWorkflow(
  // eslint-disable-next-line @medusajs/workflow-id-matches-export-or-filename -- the rule's kebab-case keeps "360" glued to "customer"
  "get-customer-360",
  (input: GetCustomer360WorkflowInput) => {
    validateCustomerReferencesStep({ customer_id: input.customer_id })

    const { data: profiles } = useQueryGraphStep({
      entity: "customer",
      fields: PROFILE_FIELDS,
      filters: { id: input.customer_id },
    }).config({ name: "get-customer-profile" })
    const shared = transform(
      { profiles },
      ({ profiles }) => !!profiles[0]?.customer_preference?.share_history_with_associates
    )
    const orderFilters = transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      is_draft_order: false,
    }))

    const orders = when("history-shared-for-totals", { shared }, ({ shared }) => shared).then(() => {
      const { data } = useQueryGraphStep({
        entity: "order",
        fields: ORDER_SUMMARY_FIELDS,
        filters: orderFilters,
      }).config({ name: "get-customer-order-summaries" })
      return data
    })

    const timeline = when("history-shared-for-timeline", { shared }, ({ shared }) => shared).then(() => {
      const variables = transform({ input, orderFilters }, ({ input, orderFilters }) => ({
        filters: orderFilters,
        skip: input.timeline.offset,
        take: input.timeline.limit,
        order: { created_at: "DESC" },
      }))
      return getOrdersListWorkflow.runAsStep({ input: { fields: TIMELINE_FIELDS, variables } })
    })

    const view = transform({ profiles, orders, timeline, input }, ({ profiles, orders, timeline, input }) =>
      customer360View({
        profile: profiles[0],
        orders: orders as any[] | undefined,
        timeline: timeline as any,
        acting_store_id: input.acting_store_id,
      })
    )
    return new WorkflowResponse(view)
  }
)
